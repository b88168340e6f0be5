using System.Text.RegularExpressions;
using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// Reads a byline line: <c>By A, B and C, CNN</c>, <c>By A and B | Reuters</c>, <c>A. Smith, Associated Press</c>,
/// <c>By Ann Lee | Nov. 3, 2025</c>. People and outlet are told apart; roles ("Staff Writer"), times
/// ("Updated 3 hours ago") and e-mail addresses are dropped, never taken for authors.
/// </summary>
public static partial class BylineParser
{
    private const int MaxLength = 200;

    /// <summary>A line that starts with "By", or a short "Name, Outlet" line.</summary>
    public static Byline? TryParse(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength || text.Contains('\n'))
        {
            return null;
        }

        var by = ByPrefix().Match(text);
        if (by.Success)
        {
            return ParseNames(text[by.Length..], requireOutlet: false);
        }

        return text.Length <= 80 ? ParseNames(text, requireOutlet: true) : null;
    }

    /// <summary>
    /// Reads a list of names, as in an <c>Author:</c> header or after "By". With <paramref name="requireOutlet"/>,
    /// the list must name a known outlet (that is how "A. Smith, Associated Press" is told from a sentence).
    /// </summary>
    public static Byline? ParseNames(string names, bool requireOutlet = false)
    {
        var authors = new List<string>();
        string? source = null;
        PartialDate? date = null;
        var junk = false;
        foreach (var segment in SegmentSeparator().Split(names))
        {
            if (segment.Trim().Length == 0)
            {
                continue;
            }

            if (DateParser.TryFind(segment, out var found) || DateParser.TryParse(segment, out found))
            {
                date ??= found.HasYear ? found : null;
                continue;
            }

            foreach (var raw in PartSeparator().Split(segment))
            {
                var part = raw.Trim().TrimEnd('.', ',', ';', ':').Trim();
                var forOutlet = ForOutlet().Match(part);
                if (forOutlet.Success && Outlets.IsOutlet(forOutlet.Groups["o"].Value))
                {
                    source ??= forOutlet.Groups["o"].Value.Trim();
                    part = forOutlet.Groups["p"].Value.Trim();
                }

                if (part.Length == 0 || IsJunk(part))
                {
                    junk |= part.Length > 0;
                    continue;
                }

                if (Outlets.IsOutlet(part))
                {
                    source ??= part;
                }
                else if (IsPersonName(part))
                {
                    authors.Add(part);
                }
                else
                {
                    // Something that is neither a name nor an outlet: this is a sentence, not a byline.
                    return null;
                }
            }
        }

        // "Staff Reporter, The Falls Herald" is a byline without a person: the outlet still counts.
        if (requireOutlet ? source is null || (authors.Count == 0 && !junk) : authors.Count == 0 && source is null && !junk && date is null)
        {
            return null;
        }

        return new Byline(authors, source, date);
    }

    /// <summary>One to five capitalised words (initials and particles such as "de", "van" allowed).</summary>
    public static bool IsPersonName(string part)
    {
        if (part.Length > 60 || part.Any(char.IsDigit) || part.Contains('@'))
        {
            return false;
        }

        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5)
        {
            return false;
        }

        var capitalised = 0;
        foreach (var word in words)
        {
            // "d'AFFLISIO", "O'Neil": the capital may follow an elided particle.
            if (char.IsUpper(word[0]) || (word.Length > 2 && word[1] is '\'' or '’' && char.IsUpper(word[2])))
            {
                capitalised++;
            }
            else if (!Particle().IsMatch(word))
            {
                return false;
            }
        }

        // One word is a section ("Health") or a role far more often than a person.
        return capitalised > 0 && words.Length > 1;
    }

    /// <summary>A role, a time or an address: short, so that a sentence mentioning "updated" is not junk but prose.</summary>
    private static bool IsJunk(string text) =>
        Junk().IsMatch(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;

    [GeneratedRegex(@"^\s*(?:by|von|par|por|di|door)\b[\s:]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:\||•|·|\s[-–—]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentSeparator();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^(?<p>.*?)\s+for\s+(?<o>[A-Z].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ForOutlet();

    [GeneratedRegex(@"@|\b(?:staff|writer|reporter|correspondent|editor|columnist|contributor|updated|published|posted|ago|min(?:ute)?s?\s+read|read\s+time|opinion|analysis|photographs?|photos?|illustrations?|video|senior|chief|bureau|desk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Junk();

    [GeneratedRegex(@"^(?:de|da|das|do|dos|del|della|der|den|di|du|la|le|van|von|bin|al|el|ibn|y|zu|ter|ten)$", RegexOptions.CultureInvariant)]
    private static partial Regex Particle();
}
