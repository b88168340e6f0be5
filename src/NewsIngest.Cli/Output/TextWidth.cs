using System.Globalization;
using System.Text;
using Wcwidth;

namespace NewsIngest.Cli.Output;

/// <summary>
/// Text as a terminal shows it: each character takes the cells East Asian Width gives it (two for CJK, none for a
/// combining mark), control characters are printed visibly (<c>\x1b</c>, <c>\n</c>) so stored text cannot drive the
/// terminal, and a cut falls between characters, never inside one or inside an escape. Snippet match marks
/// (<see cref="Snippets"/>) take no cell.
/// </summary>
public static class TextWidth
{
    public const char Ellipsis = '…';

    /// <summary>One line: newlines and tabs become spaces, runs of spaces one space.</summary>
    public static string Flatten(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Cells <paramref name="text"/> takes once printed (escapes included), not counting match marks.</summary>
    public static int Visible(string text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            count += Cells(rune);
        }

        return count;
    }

    /// <summary>
    /// <paramref name="text"/> with control characters made visible and cut to <paramref name="width"/> cells, ending
    /// with … when cut; a match mark left open by the cut is closed, so a terminal's bold never leaks into the next line.
    /// </summary>
    public static string Truncate(string text, int width)
    {
        if (Visible(text) <= width)
        {
            return TerminalText.Escape(text, keepMarks: true);
        }

        if (width <= 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        var used = 0;
        var open = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is Snippets.Open or Snippets.Close)
            {
                open = rune.Value == Snippets.Open;
                builder.Append((char)rune.Value);
                continue;
            }

            var cells = Cells(rune);
            if (used + cells > width - 1)
            {
                break;
            }

            TerminalText.Append(builder, rune);
            used += cells;
        }

        if (open)
        {
            builder.Append(Snippets.Close);
        }

        return builder.Append(Ellipsis).ToString();
    }

    /// <summary>Truncated, then padded with spaces to exactly <paramref name="width"/> cells.</summary>
    public static string Fit(string text, int width, bool alignRight = false)
    {
        var cut = Truncate(text, width);
        var pad = new string(' ', Math.Max(0, width - Visible(cut)));
        return alignRight ? pad + cut : cut + pad;
    }

    private static int Cells(Rune rune)
    {
        if (rune.Value is Snippets.Open or Snippets.Close)
        {
            return 0;
        }

        if (TerminalText.IsControl(rune))
        {
            return TerminalText.EscapeOf(rune).Length;
        }

        return Math.Max(0, UnicodeCalculator.GetWidth(rune.Value));
    }

    /// <summary>Invariant text of a number, for cells.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
