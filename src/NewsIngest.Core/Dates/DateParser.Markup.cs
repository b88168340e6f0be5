using System.Text.RegularExpressions;

namespace NewsIngest.Core.Dates;

/// <summary>
/// The forms of web pages: values in metadata and markup (ISO 8601 with or without zone and fraction, compact
/// <c>20251103</c>, RFC 2822) and dates written in running text or bylines ("November 3, 2025", "3 November 2025",
/// "3. November 2025", "3 de noviembre de 2025", "03.11.2025", "3. 11. 2025", "03 | 11 | 2025", "2025/11/03", "2025年11月3日"). Each gives a full day
/// or nothing.
/// </summary>
public static partial class DateParser
{
    /// <summary>The date a markup value starts with (ISO 8601, RFC 2822), else the first date written in it; null when there is none or it is not a real day.</summary>
    public static PartialDate? ParseMarkup(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (MarkupIso().Match(text) is { Success: true } iso)
        {
            return Full(iso.Groups["y"].Value, ParseInt(iso.Groups["m"].ValueSpan), iso.Groups["d"].Value, iso);
        }

        if (MarkupRfc2822().Match(text) is { Success: true } rfc && Full(rfc.Groups["y"].Value, MonthNames.Lookup(rfc.Groups["mon"].Value), rfc.Groups["d"].Value, rfc) is { } date)
        {
            return date;
        }

        return ParseLoose(text);
    }

    /// <summary>The first date, without its time, that running text or a byline writes in one of the loose forms.</summary>
    public static PartialDate? ParseLoose(string text)
    {
        if (LooseMonthDayYear().Match(text) is { Success: true } mdy && Full(mdy.Groups["y"].Value, MonthNames.Lookup(mdy.Groups["mon"].Value), mdy.Groups["d"].Value) is { } a)
        {
            return a;
        }

        if (LooseDayMonthYear().Match(text) is { Success: true } dmy && Full(dmy.Groups["y"].Value, MonthNames.Lookup(dmy.Groups["mon"].Value), dmy.Groups["d"].Value) is { } b)
        {
            return b;
        }

        if (LooseCjk().Match(text) is { Success: true } cjk && Full(cjk.Groups["y"].Value, ParseInt(cjk.Groups["m"].ValueSpan), cjk.Groups["d"].Value) is { } e)
        {
            return e;
        }

        if (LooseNumericYmd().Match(text) is { Success: true } ymd && Full(ymd.Groups["y"].Value, ParseInt(ymd.Groups["m"].ValueSpan), ymd.Groups["d"].Value) is { } c)
        {
            return c;
        }

        // Day first: the common European order; the American m/d/y is only taken when the day cannot be a month.
        if (LooseNumericDmy().Match(text) is { Success: true } dm)
        {
            var first = dm.Groups["a"].Value;
            var second = dm.Groups["b"].Value;
            var usOrder = dm.Groups["sep"].Value == "/" && ParseInt(first) <= 12 && ParseInt(second) > 12;
            return usOrder ? Full(dm.Groups["y"].Value, ParseInt(first), second) : Full(dm.Groups["y"].Value, ParseInt(second), first);
        }

        return null;
    }

    /// <summary>The date written earliest in running text that <paramref name="accept"/> takes, in any of the loose forms.</summary>
    public static PartialDate? FirstInText(string text, Func<PartialDate, bool> accept)
    {
        (int Index, PartialDate Date)? best = null;
        foreach (var regex in (ReadOnlySpan<Regex>)[LooseMonthDayYear(), LooseDayMonthYear(), LooseCjk(), LooseNumericYmd(), LooseNumericDmy()])
        {
            for (var m = regex.Match(text); m.Success && (best is null || m.Index < best.Value.Index); m = m.NextMatch())
            {
                if (ParseLoose(m.Value) is { } d && accept(d))
                {
                    best = (m.Index, d);
                    break;
                }
            }
        }

        return best?.Date;
    }

    /// <summary>
    /// A full day, with the time of <paramref name="timed"/> when it has one (groups h, min, s and zone); a time out of
    /// range is dropped and the day kept, since a page's day is worth having without its clock.
    /// </summary>
    private static PartialDate? Full(string yearText, int month, string dayText, Match? timed = null)
    {
        var year = Year(yearText);
        var day = ParseInt(dayText);
        if (!IsDay(year, month, day, yearOptional: false))
        {
            return null;
        }

        if (timed is null || !timed.Groups["h"].Success || !timed.Groups["zone"].Success || Zone(timed.Groups["zone"].Value) is not { } offset)
        {
            return new PartialDate(year, month, day);
        }

        var hour = ParseInt(timed.Groups["h"].ValueSpan);
        var minute = ParseInt(timed.Groups["min"].ValueSpan);
        var second = timed.Groups["s"].Success ? ParseInt(timed.Groups["s"].ValueSpan) : 0;
        return hour > 23 || minute > 59 || second > 59
            ? new PartialDate(year, month, day)
            : new PartialDate(year, month, day, new TimeOnly(hour, minute, second), offset);
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})-?(?<m>[0-9]{2})-?(?<d>[0-9]{2})(?:[T ]+(?<h>[0-9]{1,2}):?(?<min>[0-9]{2})(?::?(?<s>[0-9]{2})(?:[.,][0-9]+)?)?\s*(?<zone>Z|[+-][0-9]{2}:?[0-9]{2}|[+-][0-9]{2}|UTC|GMT)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupIso();

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s+)?(?<d>[0-9]{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<y>[0-9]{4})(?:\s+(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?::(?<s>[0-9]{2}))?\s*(?<zone>[+-][0-9]{4}|[A-Z]{2,4})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupRfc2822();

    [GeneratedRegex(@"\b(?<mon>\p{L}{3,10})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex LooseMonthDayYear();

    [GeneratedRegex(@"\b(?<d>[0-9]{1,2})(?:\.|st|nd|rd|th|er|º)?\s*(?:de\s+|of\s+)?(?<mon>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex LooseDayMonthYear();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex LooseCjk();

    [GeneratedRegex(@"\b(?<y>(?:19|20)[0-9]{2})[/.\-](?<m>[0-9]{1,2})[/.\-](?<d>[0-9]{1,2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex LooseNumericYmd();

    /// <summary>
    /// Day, month and year in numbers: "03.11.2025", "3/11/25", "3-11-2025"; before a four-digit year a dot may be followed by one space, as
    /// typesetting puts a thin or non-breaking one there ("3.&amp;thinsp;11.&amp;thinsp;2025"); and two-digit day and month
    /// set apart from a four-digit year by spaced bars ("03 | 11 | 2025").
    /// </summary>
    [GeneratedRegex(@"\b(?<a>[0-9]{1,2})(?<sep>[./\-])(?<b>[0-9]{1,2})\k<sep>(?<y>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])(?![.\-/][0-9])|\b(?<a>[0-9]{1,2})(?<sep>\.\p{Zs})(?<b>[0-9]{1,2})\k<sep>(?<y>(?:19|20)[0-9]{2})(?![0-9])|\b(?<a>[0-9]{2})(?<sep>\p{Zs}\|\p{Zs})(?<b>[0-9]{2})\k<sep>(?<y>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex LooseNumericDmy();
}
