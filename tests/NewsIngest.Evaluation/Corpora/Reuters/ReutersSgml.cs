using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsIngest.Evaluation.Corpora.Reuters;

/// <summary>
/// A small splitter for the Reuters-21578 SGML files. Not a general SGML parser: the files are flat, each
/// <c>&lt;REUTERS ... NEWID="n"&gt;</c> element holds at most one of each child we need, and none nests.
/// </summary>
public static partial class ReutersSgml
{
    public static IEnumerable<ReutersDocument> Split(string sgml)
    {
        foreach (Match m in Document().Matches(sgml))
        {
            var inner = m.Groups["inner"].Value;
            yield return new ReutersDocument(
                int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture),
                Trimmed(Element(inner, "DATE")),
                Trimmed(Element(inner, "TITLE")),
                Trimmed(Element(inner, "AUTHOR")),
                Trimmed(Element(inner, "DATELINE")),
                Element(inner, "BODY") ?? Unprocessed(inner));
        }
    }

    /// <summary>
    /// Decodes the entities the files use (<c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;amp;</c>, <c>&amp;#n;</c>) and drops
    /// the control characters some numeric ones stand for (<c>&amp;#3;</c> ends every body), keeping newlines and tabs.
    /// </summary>
    public static string Decode(string text)
    {
        var decoded = Entity().Replace(text, m => m.Groups["name"].Value switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            var n when n.StartsWith('#') && int.TryParse(n.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var code) =>
                char.ConvertFromUtf32(code),
            _ => m.Value,
        });
        var sb = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string? Element(string inner, string name)
    {
        var open = inner.IndexOf($"<{name}>", StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var start = open + name.Length + 2;
        var close = inner.IndexOf($"</{name}>", start, StringComparison.Ordinal);
        return close < 0 ? null : Decode(inner[start..close]);
    }

    /// <summary>An UNPROC document has no BODY: its whole TEXT is the body (tables, unparsed reports).</summary>
    private static string? Unprocessed(string inner) =>
        UnprocessedText().Match(inner) is { Success: true } m ? Decode(m.Groups["text"].Value).TrimStart('\n') : null;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("""<REUTERS\b[^>]*\bNEWID="(?<id>\d+)"[^>]*>(?<inner>.*?)</REUTERS>""", RegexOptions.Singleline)]
    private static partial Regex Document();

    [GeneratedRegex("""<TEXT\s+TYPE="UNPROC">(?<text>.*?)</TEXT>""", RegexOptions.Singleline)]
    private static partial Regex UnprocessedText();

    [GeneratedRegex("&(?<name>lt|gt|amp|quot|#\\d+);")]
    private static partial Regex Entity();
}
