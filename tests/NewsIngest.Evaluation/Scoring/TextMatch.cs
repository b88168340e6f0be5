using System.Text;

namespace NewsIngest.Evaluation.Scoring;

/// <summary>
/// Lenient text equality for metadata fields: labels and parsers disagree on case, spacing and typographic
/// quotes far more often than on content, and those differences say nothing about parse quality.
/// </summary>
public static class TextMatch
{
    /// <summary>NFKC, lower case, curly quotes and dashes folded, invisible formatting characters (soft hyphen, zero-width space and joiners, BOM) and control characters dropped, whitespace runs collapsed, trimmed.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>True when both texts are non-empty and equal after <see cref="Normalise"/>.</summary>
    public static bool Same(string? expected, string? actual)
    {
        var e = Normalise(expected);
        return e.Length > 0 && e == Normalise(actual);
    }
}
