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
        var lines = text.Split('\n');
        var i = 0;
        while (i < lines.Length && (lines[i].Trim().Length == 0 || ForwardRule().IsMatch(lines[i])))
        {
            i++;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastKey = null;
        var known = 0;
        var start = i;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            // Only an empty line ends the block: Usenet headers fold with lines of nothing but spaces.
            if (line.Length == 0 || (lastKey is null && line.Trim().Length == 0))
            {
                break;
            }

            if (lastKey is not null && line[0] is ' ' or '\t')
            {
                fields[lastKey] = $"{fields[lastKey]} {line.Trim()}".Trim();
                continue;
            }

            var m = HeaderLine().Match(line);
            if (!m.Success)
            {
                break;
            }

            lastKey = m.Groups["k"].Value;
            known += KnownKeys.Contains(lastKey) ? 1 : 0;
            // The first occurrence wins: a later "Date:" in a forwarded chain is not the message's own.
            fields.TryAdd(lastKey, m.Groups["v"].Value.Trim());
        }

        if (known == 0 || i == start)
        {
            return HeaderBlock.None with { Rest = text };
        }

        return new HeaderBlock(fields, string.Join('\n', lines, i, lines.Length - i));
    }

    [GeneratedRegex(@"^(?<k>[A-Za-z][A-Za-z0-9-]{0,40}):(?:[ \t]+(?<v>.*)|[ \t]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^\s*-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardRule();
}
