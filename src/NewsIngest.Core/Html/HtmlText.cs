using System.Text;

namespace NewsIngest.Core.Html;

/// <summary>Whitespace handling for text taken from markup.</summary>
internal static class HtmlText
{
    /// <summary>Zero-width characters and the soft hyphen: in the text, never seen by the reader.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    /// <summary>Runs of whitespace (including no-break and zero-width spaces) become one space; the ends are trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
