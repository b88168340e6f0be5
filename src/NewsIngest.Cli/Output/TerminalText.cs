using System.Globalization;
using System.Text;

namespace NewsIngest.Cli.Output;

/// <summary>
/// Text bound for a terminal with its control characters made visible: a title holding <c>ESC[2J</c> prints as
/// <c>\x1b[2J</c> instead of clearing the screen, a file name holding a newline cannot forge a second
/// <c>newsingest:</c> line on stderr, and bidirectional overrides cannot reorder what is shown. JSON needs none of
/// this: its encoder already escapes them.
/// </summary>
public static class TerminalText
{
    /// <summary>The text with every control character as an escape; <paramref name="keepLines"/> keeps newlines and tabs (a body).</summary>
    public static string Escape(string? text, bool keepLines = false, bool keepMarks = false)
    {
        if (string.IsNullOrEmpty(text) || !NeedsEscape(text, keepLines, keepMarks))
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if ((keepLines && rune.Value is '\n' or '\t') || (keepMarks && rune.Value is Snippets.Open or Snippets.Close))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                Append(builder, rune);
            }
        }

        return builder.ToString();
    }

    /// <summary>C0 and C1 controls, DEL, and the bidirectional embedding, override and isolate characters.</summary>
    public static bool IsControl(Rune rune) =>
        rune.Value is < 0x20 or (>= 0x7f and <= 0x9f) or (>= 0x202a and <= 0x202e) or (>= 0x2066 and <= 0x2069);

    /// <summary><c>\n</c>, <c>\r</c>, <c>\t</c>, else <c>\xHH</c> or <c>\uHHHH</c>.</summary>
    public static string EscapeOf(Rune rune) => rune.Value switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        < 0x100 => "\\x" + rune.Value.ToString("x2", CultureInfo.InvariantCulture),
        _ => "\\u" + rune.Value.ToString("x4", CultureInfo.InvariantCulture),
    };

    internal static void Append(StringBuilder builder, Rune rune)
    {
        if (IsControl(rune))
        {
            builder.Append(EscapeOf(rune));
        }
        else
        {
            builder.Append(rune.ToString());
        }
    }

    private static bool NeedsEscape(string text, bool keepLines, bool keepMarks)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsControl(rune) && !(keepLines && rune.Value is '\n' or '\t') && !(keepMarks && rune.Value is Snippets.Open or Snippets.Close))
            {
                return true;
            }
        }

        return false;
    }
}
