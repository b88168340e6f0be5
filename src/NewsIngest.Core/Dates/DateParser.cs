using System.Text.RegularExpressions;

namespace NewsIngest.Core.Dates;

/// <summary>
/// The one date parser of the product, for text files and web pages alike, in the invariant culture, with one
/// month table (<see cref="MonthNames"/>), one zone table, one calendar check and one digit reader (ASCII digits
/// only). It reads a date and nothing more: whether a date is plausible, and which of several wins, is the
/// caller's business (<c>DatePlausibility</c> for text, the HTML metadata extractor's provenance order for pages).
/// <list type="bullet">
/// <item><see cref="TryParse"/>: a whole value (a header, a front-matter field, a date line): ISO 8601
/// (<c>2025-11-03</c>, <c>2025/11/03</c>, with time and zone), RFC 2822 and Usenet
/// (<c>Mon, 05 Apr 93 18:01:16 GMT</c>), <c>Nov. 3, 2025</c>, <c>3 November 2025</c>,
/// <c>26-FEB-1987 15:01:01.79</c>, yearless <c>March 3</c>, <c>March 2025</c>.</item>
/// <item><see cref="TryFind"/>: the first full date inside a line such as a byline.</item>
/// <item><see cref="ParseMarkup"/>, <see cref="ParseLoose"/>, <see cref="FirstInText"/> (DateParser.Markup.cs):
/// the values pages put in metadata and the dates written in their text, always a full day.</item>
/// </list>
/// Pure and thread-safe.
/// </summary>
public static partial class DateParser
{
    /// <summary>Longer strings are not a date value (a header or a line that only carries a date is short).</summary>
    private const int MaxLength = 80;

    /// <summary>Parses a whole value as a date; surrounding whitespace is ignored. The result keeps the precision the text gives.</summary>
    public static bool TryParse(string? value, out PartialDate date)
    {
        date = default;
        if (value is null)
        {
            return false;
        }

        var text = value.Trim();
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        Match m;
        if ((m = IsoForm().Match(text)).Success)
        {
            return Build(m.Groups["y"].Value, ParseInt(m.Groups["m"].Value), m.Groups["d"].Value, m, out date);
        }

        if ((m = DayMonthYearForm().Match(text)).Success || (m = MonthDayYearForm().Match(text)).Success)
        {
            return Weekday(m) && MonthNames.Lookup(m.Groups["mon"].Value) is var month and > 0
                && Build(m.Groups["y"].Value, month, m.Groups["d"].Value, m, out date);
        }

        if ((m = MonthYearForm().Match(text)).Success && MonthNames.Lookup(m.Groups["mon"].Value) is var onlyMonth and > 0)
        {
            date = new PartialDate(ParseInt(m.Groups["y"].Value), onlyMonth);
            return true;
        }

        if ((m = YearMonthForm().Match(text)).Success && ParseInt(m.Groups["m"].Value) is >= 1 and <= 12 and var ym)
        {
            date = new PartialDate(ParseInt(m.Groups["y"].Value), ym);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Finds the first full date (with a day and a year) inside a line such as a byline
    /// ("By Ann Lee | Nov. 3, 2025") or "Updated 10:30 AM ET, Mon November 3, 2025".
    /// </summary>
    public static bool TryFind(string line, out PartialDate date)
    {
        foreach (var match in DateInLine().EnumerateMatches(line))
        {
            if (TryParse(line.Substring(match.Index, match.Length), out date) && date.HasYear && date.HasDay)
            {
                return true;
            }
        }

        date = default;
        return false;
    }

    /// <summary>The year of a copyright notice ("© 2025 …", "Copyright (c) 2019-2025 …"): the last year given.</summary>
    public static bool TryFindCopyrightYear(string line, out int year)
    {
        var m = CopyrightYear().Match(line);
        year = m.Success ? ParseInt(m.Groups["y"].Value) : 0;
        return m.Success;
    }

    private static bool Weekday(Match m) => m.Groups["wd"] is not { Success: true } wd || Weekdays.Contains(wd.Value);

    private static bool Build(string yearText, int month, string dayText, Match m, out PartialDate date)
    {
        date = default;
        var year = yearText.Length == 0 ? 0 : Year(yearText);
        var day = ParseInt(dayText);
        if (!IsDay(year, month, day, yearOptional: true))
        {
            return false;
        }

        TimeOnly? time = null;
        TimeSpan? offset = null;
        if (m.Groups["time"] is { Success: true } t)
        {
            if (!TryTime(t.Value, out var parsed))
            {
                return false;
            }

            time = parsed;
            offset = m.Groups["z"] is { Success: true } z ? Zone(z.Value) : null;
        }

        date = new PartialDate(year, month, day, time, offset);
        return true;
    }

    private static bool TryTime(string text, out TimeOnly time)
    {
        time = default;
        var m = TimeParts().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var hour = ParseInt(m.Groups["h"].Value);
        var minute = m.Groups["mi"].Success ? ParseInt(m.Groups["mi"].Value) : 0;
        var second = m.Groups["s"].Success ? ParseInt(m.Groups["s"].Value) : 0;
        if (m.Groups["ap"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var pm = char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }

    private const string Tail =
        @"(?:\s*(?:,|\bat\b|[-–—|])?\s*(?<time>[0-9]{1,2}(?::[0-9]{2}){1,2}(?:[.,][0-9]+)?(?:\s*[ap]\.?m\.?)?|[0-9]{1,2}\s*[ap]\.?m\.?)" +
        @"(?:\s*(?<z>[+-][0-9]{2}(?::?[0-9]{2})?|[a-z]{1,5}\b))?(?:\s*\([^)]{0,20}\))?)?\s*$";

    private const string WeekdayPrefix = @"^(?:(?<wd>[^\W\d_]{2,12})\.?,?\s+)?";

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?:(?:T|\s+)(?<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]+)?)\s*(?<z>Z|[+-][0-9]{2}(?::?[0-9]{2})?|[a-z]{2,5}\b)?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoForm();

    [GeneratedRegex(WeekdayPrefix + @"(?<d>[0-9]{1,2})(?:st|nd|rd|th|\.)?(?:\s+de\s+|\s+|-)(?<mon>[^\W\d_]{3,10})\.?(?:(?:\s+de\s+|\s+|-|,\s*)(?<y>[0-9]{4}|[0-9]{2})\b)?" + Tail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearForm();

    [GeneratedRegex(WeekdayPrefix + @"(?<mon>[^\W\d_]{3,10})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>[0-9]{4})\b)?" + Tail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYearForm();

    [GeneratedRegex(@"^(?<mon>[^\W\d_]{3,10})\.?,?\s+(?<y>[0-9]{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearForm();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthForm();

    [GeneratedRegex(@"^(?<h>[0-9]{1,2})(?::(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?)?(?:[.,][0-9]+)?\s*(?<ap>[ap])?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeParts();

    [GeneratedRegex(@"(?<![\w])(?:[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?|[0-9]{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,10}\.?,?\s+[0-9]{4}|[^\W\d_]{3,10}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4})(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateInLine();

    [GeneratedRegex(@"(?:©|\(c\)|\bcopyright\b)\s*(?:\(c\)\s*)?(?:(?:19|20)[0-9]{2}\s*[-–]\s*)?(?<y>(?:19|20)[0-9]{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightYear();
}
