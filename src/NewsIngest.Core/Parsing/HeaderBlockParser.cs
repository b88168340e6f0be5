using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// Recognises a header block at the top of a file: consecutive <c>Key: value</c> lines (RFC 5322 / RFC 1036
/// style, continuation lines start with whitespace) of which at least one key is one we know, so that a body
/// that happens to open with "Note: …" is not mistaken for headers. A leading "Forwarded message" rule is skipped.
/// </summary>
public static partial class HeaderBlockParser
{
    private static readonly FrozenSet<string> KnownKeys = new[]
    {
        "title", "headline", "subject", "date", "published", "pubdate", "published-date", "publication-date", "updated",
        "source", "publisher", "outlet", "url", "link", "author", "authors", "by", "byline", "from", "message-id",
        "newsgroups", "sent", "to", "cc", "path", "organization", "lines", "language", "lang", "dateline",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static HeaderBlock Parse(string text)
    {
        // Lines are read one at a time from the top: a header block is a few lines, and most files have none, so the
        // rest of the text is never split (Rest is the tail of the text from the first line after the block).
        var at = 0;
        while (at <= text.Length && (Line(text, at).IsWhiteSpace() || ForwardRule().IsMatch(Line(text, at))))
        {
            at = NextLine(text, at);
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastKey = null;
        var known = 0;
        var start = at;
        for (; at <= text.Length; at = NextLine(text, at))
        {
            var line = Line(text, at);
            // Only an empty line ends the block: Usenet headers fold with lines of nothing but spaces.
            if (line.Length == 0 || (lastKey is null && line.IsWhiteSpace()))
            {
                break;
            }

            if (lastKey is not null && line[0] is ' ' or '\t')
            {
                fields[lastKey] = $"{fields[lastKey]} {line.Trim()}".Trim();
                continue;
            }

            if (!HeaderLine().IsMatch(line))
            {
                break;
            }

            var m = HeaderLine().Match(line.ToString());
            lastKey = m.Groups["k"].Value;
            known += KnownKeys.Contains(lastKey) ? 1 : 0;
            // The first occurrence wins: a later "Date:" in a forwarded chain is not the message's own.
            fields.TryAdd(lastKey, m.Groups["v"].Value.Trim());
        }

        if (known == 0 || at == start)
        {
            return HeaderBlock.None with { Rest = text };
        }

        return new HeaderBlock(fields, at > text.Length ? "" : text[at..]);
    }

    /// <summary>The line starting at <paramref name="at"/>, without its <c>\n</c>.</summary>
    private static ReadOnlySpan<char> Line(string text, int at)
    {
        var end = text.IndexOf('\n', at);
        return text.AsSpan(at, (end < 0 ? text.Length : end) - at);
    }

    /// <summary>Where the next line starts; past the end (text length + 1) after the last line.</summary>
    private static int NextLine(string text, int at)
    {
        var end = text.IndexOf('\n', at);
        return end < 0 ? text.Length + 1 : end + 1;
    }

    [GeneratedRegex(@"^(?<k>[A-Za-z][A-Za-z0-9-]{0,40}):(?:[ \t]+(?<v>.*)|[ \t]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^\s*-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardRule();
}
