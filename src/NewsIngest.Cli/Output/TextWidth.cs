namespace NewsIngest.Cli.Output;

/// <summary>Cutting text to a number of columns. Snippet match marks (<see cref="Snippets"/>) take no column.</summary>
public static class TextWidth
{
    public const char Ellipsis = '…';

    /// <summary>One line: newlines and tabs become spaces, runs of spaces one space.</summary>
    public static string Flatten(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Visible columns of <paramref name="text"/>, not counting match marks.</summary>
    public static int Visible(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is not Snippets.Open and not Snippets.Close)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// <paramref name="text"/> cut to <paramref name="width"/> visible columns, ending with … when cut; a match mark
    /// left open by the cut is closed, so a terminal's bold never leaks into the next line.
    /// </summary>
    public static string Truncate(string text, int width)
    {
        if (Visible(text) <= width)
        {
            return text;
        }

        if (width <= 0)
        {
            return "";
        }

        var builder = new System.Text.StringBuilder();
        var visible = 0;
        var open = false;
        foreach (var c in text)
        {
            if (c == Snippets.Open || c == Snippets.Close)
            {
                open = c == Snippets.Open;
                builder.Append(c);
                continue;
            }

            if (visible == width - 1)
            {
                break;
            }

            builder.Append(c);
            visible++;
        }

        if (open)
        {
            builder.Append(Snippets.Close);
        }

        return builder.Append(Ellipsis).ToString();
    }
}
