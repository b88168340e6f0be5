using System.Text.RegularExpressions;
using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// Finds a dateline at the start of a paragraph: <c>(CNN) —</c>, <c>WASHINGTON (Reuters) -</c>,
/// <c>LONDON, March 3 (AP) —</c>, <c>NEW YORK —</c>, <c>SALVADOR, Feb 26 -</c>. The place must be in capitals
/// unless an agency or a date vouches for it, so that "President Trump — …" is not read as a place.
/// </summary>
public static partial class DatelineExtractor
{
    /// <summary>A dateline sits in the first characters of a paragraph.</summary>
    private const int SearchWindow = 90;

    public static Dateline? TryExtract(string paragraph)
    {
        var dash = FindDash(paragraph);
        if (dash < 0)
        {
            return null;
        }

        var end = dash;
        while (end < paragraph.Length && paragraph[end] is '-' or '—' or '–')
        {
            end++;
        }

        var rest = paragraph[end..].TrimStart();
        var prefix = paragraph[..dash].Trim();
        if (rest.Length == 0 || prefix.Length == 0)
        {
            return null;
        }

        string? agency = null;
        if (prefix.EndsWith(')'))
        {
            var open = prefix.LastIndexOf('(');
            if (open < 0)
            {
                return null;
            }

            agency = prefix[(open + 1)..^1].Trim();
            prefix = prefix[..open].Trim().TrimEnd(',').Trim();
            if (!IsAgency(agency))
            {
                return null;
            }
        }

        if (prefix.Length == 0)
        {
            return agency is null ? null : new Dateline(null, agency, null, rest);
        }

        return ReadPlace(prefix, agency, rest);
    }

    private static Dateline? ReadPlace(string prefix, string? agency, string rest)
    {
        var segments = prefix.Split(',', StringSplitOptions.TrimEntries);
        var place = segments[0];
        PartialDate? date = null;
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (date is null && DateParser.TryParse(segment, out var d))
            {
                // "March 3, 2025": the comma split the year off.
                if (!d.HasYear && i + 1 < segments.Length && DateParser.TryParse($"{segment}, {segments[i + 1]}", out var full))
                {
                    d = full;
                    i++;
                }

                date = d;
            }
            else if (date is null && (DateLike().IsMatch(segment) || MonthOnly(segment)))
            {
                // A misspelt month ("Narch 2") is still the date slot of a dateline; its value is not trusted.
                continue;
            }
            else if (date is null && SplitRegionAndDate(segment) is ({ } region, { } regionDate))
            {
                // "RICHMOND, Va. Feb 26 -": the comma between region and date is missing.
                place = $"{place}, {region}";
                date = regionDate;
            }
            else if (date is null && IsRegion(segment))
            {
                place = $"{place}, {segment}";
            }
            else
            {
                return null;
            }
        }

        if (!IsPlace(segments[0], vouched: agency is not null || date is not null) || Kicker().IsMatch(segments[0]))
        {
            return null;
        }

        return new Dateline(place, agency, date, rest);
    }

    private static (string? Region, PartialDate? Date) SplitRegionAndDate(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 5)
        {
            return (null, null);
        }

        var region = string.Join(' ', words[..^2]);
        return IsRegion(region) && DateParser.TryParse($"{words[^2]} {words[^1]}", out var d) ? (region, d) : (null, null);
    }

    /// <summary>"April", "April l": the month of a dateline whose day was lost or mistyped.</summary>
    private static bool MonthOnly(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && MonthNames.IsMonth(words[0]) && (words.Length == 1 || words[1].Length <= 2);
    }

    private static int FindDash(string text)
    {
        var limit = Math.Min(text.Length - 1, SearchWindow);
        for (var i = 1; i < limit; i++)
        {
            // "SALVADOR, Feb 26 -", and "MILWAUKEE, Wis., March 2- " where the wire dropped the space.
            if (text[i] is '-' or '—' or '–' && (text[i - 1] is ' ' or ')' || char.IsDigit(text[i - 1])) && text[i + 1] is ' ' or '-' or '—' or '–')
            {
                return i;
            }

            // "(CNN)—President …": an em dash right after the agency.
            if (text[i] is '—' or '–' && text[i - 1] == ')')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAgency(string agency) =>
        agency.Length is > 1 and <= 30 && (char.IsUpper(agency[0]) || Outlets.IsOutlet(agency)) && !agency.Any(char.IsDigit);

    private static bool IsRegion(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && char.IsUpper(segment[0]) && !segment.Any(char.IsDigit);
    }

    private static bool IsPlace(string place, bool vouched)
    {
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (place.Length > 40 || words.Length is 0 or > 5 || !char.IsUpper(place[0]))
        {
            return false;
        }

        foreach (var c in place)
        {
            if (!(char.IsLetter(c) || c is ' ' or '.' or '\'' or '’' or '-' or '&' or '/'))
            {
                return false;
            }
        }

        // Without an agency or a date, only a place in capitals is a dateline ("McALLEN" keeps its "c").
        return vouched || place.Count(char.IsLower) <= words.Length;
    }

    /// <summary>Capitalised labels that open a story like a dateline but name no place.</summary>
    [GeneratedRegex(@"^(?:UPDATE[SD]?|BREAKING(?: NEWS)?|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|CORRECTION|CORRECTED|REFILE|REPEAT|URGENT|FLASH|LIVE|WATCH|VIDEO|PHOTOS|EDITORS? NOTE|NOTE|FACTBOX|WRAPUP|INSIGHT|EXPLAINER)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kicker();

    [GeneratedRegex(@"^(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
