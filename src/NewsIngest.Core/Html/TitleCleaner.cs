using System.Text.RegularExpressions;

namespace NewsIngest.Core.Html;

/// <summary>Strips the site-name decoration pages add to their titles ("Headline | Site Name", "Site: Headline").</summary>
public static partial class TitleCleaner
{
    /// <summary>What sets a title's parts apart ("Headline | Site Name"); author checks split site names on the same marks.</summary>
    // " │ " is the box-drawing bar (U+2502), which some templates set where others use the ASCII one.
    internal static readonly string[] Separators = [" | ", " \u2502 ", " - ", " – ", " — ", " :: ", " » ", " · ", " // ", " • "];

    /// <param name="title">The raw title.</param>
    /// <param name="site">The site name when known: a part equal to it is dropped whatever its length.</param>
    /// <param name="heading">The page's first heading when known: a title that contains it is cut back to it.</param>
    /// <param name="host">The page's own host name when known ("www.example-news.com"): a first or last part naming it is the site's name.</param>
    public static string Clean(string title, string? site, string? heading, string? host = null)
    {
        var text = WithoutBareMarks(HtmlText.Collapse(title));
        if (heading is { Length: >= 10 } h && text.Length > h.Length && text.Contains(h, StringComparison.Ordinal))
        {
            return h;
        }

        // "example-news.com // Headline", "Headline | EXAMPLENEWS": the site named by its web address, which holds
        // even where og:site_name names a section or a product instead.
        if (host is not null && CutHost(text, host) is { } withoutHost)
        {
            return Clean(withoutHost, site, null, host);
        }

        if (site is not null && CutAtSite(text, site) is { } beforeSite)
        {
            return Clean(beforeSite, site, null);
        }

        // "头条新闻！-新华网": Chinese and Japanese titles set the site's name on with a bare dash. (An underscore chain,
        // "标题_频道_网站", is a path of sections that cutting the last part would not undo.)
        if (GluedSiteName().Match(text) is { Success: true } glued)
        {
            return glued.Groups["head"].Value.Trim();
        }

        foreach (var separator in Separators)
        {
            var index = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > 0)
            {
                var head = text[..index].Trim();
                var tail = text[(index + separator.Length)..].Trim();
                if (IsSiteName(tail, site) && WordCount(head) >= (site is null ? 2 : 1) && !IsNumberRange(head, tail))
                {
                    return Clean(head, site, null);
                }

                var first = text.IndexOf(separator, StringComparison.Ordinal);
                var lead = text[..first].Trim();
                var rest = text[(first + separator.Length)..].Trim();
                if (site is not null && SameName(lead, site) && WordCount(rest) >= 2)
                {
                    return rest;
                }
            }
        }

        return text;
    }

    /// <summary>The title's first part when it has two or more ("Headline - Site" gives "Headline"); null otherwise.</summary>
    public static string? FirstOfParts(string title)
    {
        var parts = Parts(title);
        return parts.Length >= 2 ? parts[0] : null;
    }

    /// <summary>
    /// True when the title names <paramref name="name"/> and nothing else but a word or two for the section
    /// ("Blog | Heron Lake Notes"): one of its parts is the name, and every other part is a word or two.
    /// </summary>
    public static bool NamesOnly(string title, string name)
    {
        var parts = Parts(title);
        return parts.Any(p => SameName(p, name)) && parts.All(p => SameName(p, name) || WordCount(p) <= 2);
    }

    /// <summary>True when the title is the site's name, alone or before a name of a word or two ("Site", "Site | Operator").</summary>
    public static bool NamesSite(string title, string site)
    {
        var parts = Parts(title);
        return SameName(title, site) || (parts.Length > 0 && SameName(parts[0], site) && parts.Skip(1).All(p => WordCount(p) <= 2));
    }

    /// <summary>True when the title has a separator left standing at its end or start ("Site Name -"): the template left one side empty.</summary>
    public static bool HasBareMark(string title)
    {
        var text = HtmlText.Collapse(title);
        return text.Length > 0 && WithoutBareMarks(text) != text;
    }

    /// <summary>
    /// The title without a separator left standing at its end or start ("Site Name -", "| Headline"): a template that
    /// joins the headline and the site's name printed the mark with one side empty. A headline never ends so. ("»" is
    /// left alone: it also closes a French quotation and opens a German one.)
    /// </summary>
    private static string WithoutBareMarks(string text)
    {
        foreach (var separator in Separators)
        {
            var mark = separator.Trim();
            if (mark == "»")
            {
                continue;
            }

            if (text.Length > mark.Length + 1 && text.EndsWith(" " + mark, StringComparison.Ordinal))
            {
                text = text[..^(mark.Length + 1)].TrimEnd();
            }

            if (text.Length > mark.Length + 1 && text.StartsWith(mark + " ", StringComparison.Ordinal))
            {
                text = text[(mark.Length + 1)..].TrimStart();
            }
        }

        return text;
    }

    /// <summary>
    /// True when <paramref name="part"/> is one whole part of <paramref name="title"/> split at its separators
    /// (" : " included), but neither its first nor its longest: the title's decoration ("Headline | Blog Name"), not its headline.
    /// </summary>
    public static bool IsTrailingPart(string? title, string part)
    {
        if (string.IsNullOrWhiteSpace(title) || part.Length == 0)
        {
            return false;
        }

        var parts = Parts(title);
        return (parts.Length > 1 && !SameName(parts[0], part) && parts.Skip(1).Any(p => SameName(p, part))
            && parts.Any(p => p.Length > part.Length)) || IsTrailingParts(title, part, parts);
    }

    /// <summary>
    /// "Headline - Section - Site" with "Section - Site" as the heading: two or more of the title's parts after its
    /// first, written out as they stand at its end.
    /// </summary>
    private static bool IsTrailingParts(string title, string part, string[] parts)
    {
        var text = HtmlText.Collapse(title);
        var tail = HtmlText.Collapse(part);
        return parts.Length > 2 && HasSeparator(tail) && text.Length > tail.Length && !SameName(parts[0], tail)
            && text.EndsWith(tail, StringComparison.OrdinalIgnoreCase)
            && Separators.Any(s => text.EndsWith(s + tail, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the title's first two parts are <paramref name="first"/> and <paramref name="second"/> ("Headline - Subline : Site").</summary>
    public static bool OpensWith(string? title, string first, string second)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        var parts = Parts(title);
        return parts.Length >= 2 && SameName(parts[0], first) && SameName(parts[1], second);
    }

    /// <summary>
    /// True when the title's first part is <paramref name="first"/> and its second part opens <paramref name="rest"/>
    /// ("Kicker - Headline begins | Site" for the kicker "Kicker" and the text "Headline begins here").
    /// </summary>
    public static bool SetsApart(string? title, string first, string rest)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        var parts = Parts(title);
        if (parts.Length < 2 || !SameName(parts[0], first))
        {
            return false;
        }

        var second = Squash(parts[1]);
        return second.Length >= 5 && Squash(rest).StartsWith(second, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] LeadMarks = [.. Separators, " : ", ": "];

    /// <summary>
    /// True when <paramref name="part"/> opens <paramref name="title"/> before a separator or a colon and the rest of the
    /// title is one of <paramref name="others"/> ("Blog Name: Post title" with "Post title" as og:title): the name the
    /// site sets before each page's own title.
    /// </summary>
    public static bool IsLeadingName(string? title, string part, IEnumerable<string> others)
    {
        if (string.IsNullOrWhiteSpace(title) || part.Length == 0)
        {
            return false;
        }

        var text = HtmlText.Collapse(title);
        var name = HtmlText.Collapse(part);
        if (text.Length <= name.Length || !text.StartsWith(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = text[name.Length..];
        var mark = LeadMarks.FirstOrDefault(s => after.StartsWith(s, StringComparison.Ordinal));
        if (mark is null)
        {
            return false;
        }

        var rest = after[mark.Length..].Trim();
        return rest.Length > 0 && others.Any(o => string.Equals(HtmlText.Collapse(o), rest, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when <paramref name="part"/> is the last of three or more parts of <paramref name="title"/>
    /// ("Club Name - News » Headline"): a title that names the site and its section first ends with the headline.
    /// </summary>
    public static bool IsLastOfMany(string? title, string part)
    {
        if (string.IsNullOrWhiteSpace(title) || part.Length == 0)
        {
            return false;
        }

        var parts = Parts(title);
        return parts.Length >= 3 && SameName(parts[^1], part);
    }

    /// <summary>
    /// The title without a date set before it as a part of its own ("23.01.2022 - Headline", "2022-01-23 | Headline"):
    /// the day the story ran, not words of its headline.
    /// </summary>
    public static string WithoutLeadingDate(string title)
    {
        var match = LeadingDate().Match(title);
        return match.Success && match.Groups["rest"].Value.Contains(' ', StringComparison.Ordinal) ? match.Groups["rest"].Value : title;
    }

    [GeneratedRegex(@"^(?<head>.*[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}].*[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}\p{P}])-(?<site>[^\s\-_|]{2,12})$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedSiteName();

    [GeneratedRegex(@"^\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*(?:-|–|—|\||:|/|·)\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDate();

    /// <summary>True when the text holds one of the separators titles set their parts apart with (" | ", " - ", " :: " ...).</summary>
    public static bool HasSeparator(string text) => Separators.Any(s => text.Contains(s, StringComparison.Ordinal));

    private static string[] Parts(string title) =>
        HtmlText.Collapse(title).Split([.. Separators, " : "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"Headline : Site | Motto | Founded 2005": the text before the site's name when the name is a later part of the title.</summary>
    private static string? CutAtSite(string text, string site)
    {
        foreach (var separator in (ReadOnlySpan<string>)[.. Separators, " : "])
        {
            var index = text.IndexOf(separator + site, StringComparison.OrdinalIgnoreCase);
            var after = index + separator.Length + site.Length;
            if (index > 0 && (after == text.Length || text[after..].StartsWith(' ')) && WordCount(text[..index]) >= 2)
            {
                return text[..index].Trim();
            }
        }

        return null;
    }

    /// <summary>True when the whole text is the page's host name ("Anne Lee" for annelee.example), with or without "www." and the top-level domain.</summary>
    public static bool NamesHost(string text, string? host) =>
        host is not null && HostNames(host) is { } names && (SameName(text, names.Name) || SameName(text, names.Label));

    /// <summary>The host without "www.", and its label without the top-level domain; null when that label is too short to tell a name by.</summary>
    private static (string Name, string Label)? HostNames(string host)
    {
        var name = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (name.StartsWith("www.", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        var dot = name.LastIndexOf('.');
        var label = dot > 0 ? name[..dot] : name;
        return Squash(label).Length < 4 ? null : (name, label);
    }

    /// <summary>The title without its first or last part when that part is the page's host name, with or without "www." and the top-level domain.</summary>
    private static string? CutHost(string text, string host)
    {
        if (HostNames(host) is not { } names)
        {
            return null;
        }

        var (name, label) = names;

        bool IsHost(string part) => SameName(part, name) || SameName(part, label);
        foreach (var separator in Separators)
        {
            var last = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0 && IsHost(text[(last + separator.Length)..]) && WordCount(text[..last]) >= 2)
            {
                return text[..last].Trim();
            }

            var first = text.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && IsHost(text[..first]))
            {
                var rest = text[(first + separator.Length)..].TrimStart(HostRestTrim);
                if (WordCount(rest) >= 2)
                {
                    return rest;
                }
            }
        }

        return null;
    }

    private static readonly char[] HostRestTrim = [' ', '|', '-', '–', '—', ':', '»', '·', '/'];

    /// <summary>
    /// Whether the dash between the two sides joins two numbers ("Week 14. - 20. January 2022", "1931 – 1945"): a
    /// range of days or years inside the headline, not a separator before the site's name.
    /// </summary>
    private static bool IsNumberRange(string head, string tail)
    {
        var end = head.TrimEnd('.');
        return end.Length > 0 && char.IsDigit(end[^1]) && tail.Length > 0 && char.IsDigit(tail[0]);
    }

    private static bool IsSiteName(string part, string? site)
    {
        // A part that holds the name among words of its own ("Snow maps now on example.ch") is a headline naming the site.
        if (site is not null && (SameName(part, site) || (part.Contains(site, StringComparison.OrdinalIgnoreCase) && WordCount(part) <= WordCount(site) + 2)
            || site.Contains(part, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Without a known site name, a short trailing part after a long headline is almost always the outlet.
        return site is null && WordCount(part) <= 3 && part.Length <= 30;
    }

    private static bool SameName(string a, string b) =>
        string.Equals(Squash(a), Squash(b), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string s) => new([.. s.Where(char.IsLetterOrDigit)]);

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
