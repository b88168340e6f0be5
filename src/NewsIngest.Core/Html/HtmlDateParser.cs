using System.Globalization;
using System.Text.RegularExpressions;
using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Html;

/// <summary>
/// Reads the date values pages put in metadata and markup: ISO 8601 with or without zone and fraction, RFC 2822,
/// "November 3, 2025", "3 November 2025", "3. November 2025", "03.11.2025", "2025/11/03". Invariant culture;
/// month names in the major European languages. Pure and allocation-light.
/// </summary>
public static partial class HtmlDateParser
{
    /// <summary>The date in <paramref name="value"/>, or null when there is none or it is not a real calendar day.</summary>
    public static HtmlDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (Iso().Match(text) is { Success: true } iso)
        {
            return FromIso(iso);
        }

        if (Rfc2822().Match(text) is { Success: true } rfc
            && MakeDate(Int(rfc.Groups["y"]), MonthNames.Lookup(rfc.Groups["mon"].Value), Int(rfc.Groups["d"])) is { } rfcDate)
        {
            var offset = ZoneOffset(rfc.Groups["zone"].Value);
            return offset is { } o && rfc.Groups["h"].Success
                ? WithTime(rfcDate, Int(rfc.Groups["h"]), Int(rfc.Groups["min"]), rfc.Groups["s"].Success ? Int(rfc.Groups["s"]) : 0, o)
                : new HtmlDate(rfcDate, null);
        }

        return ParseLoose(text);
    }

    /// <summary>Dates written in running text or bylines, without the time: month names and numeric day-month-year forms.</summary>
    public static HtmlDate? ParseLoose(string text)
    {
        if (MonthDayYear().Match(text) is { Success: true } mdy
            && MakeDate(Int(mdy.Groups["y"]), MonthNames.Lookup(mdy.Groups["mon"].Value), Int(mdy.Groups["d"])) is { } a)
        {
            return new HtmlDate(a, null);
        }

        if (DayMonthYear().Match(text) is { Success: true } dmy
            && MakeDate(Int(dmy.Groups["y"]), MonthNames.Lookup(dmy.Groups["mon"].Value), Int(dmy.Groups["d"])) is { } b)
        {
            return new HtmlDate(b, null);
        }

        if (CjkDate().Match(text) is { Success: true } cjk
            && MakeDate(Int(cjk.Groups["y"]), Int(cjk.Groups["m"]), Int(cjk.Groups["d"])) is { } e)
        {
            return new HtmlDate(e, null);
        }

        if (NumericYmd().Match(text) is { Success: true } ymd
            && MakeDate(Int(ymd.Groups["y"]), Int(ymd.Groups["m"]), Int(ymd.Groups["d"])) is { } c)
        {
            return new HtmlDate(c, null);
        }

        // Day first: the common European order; the American m/d/y is only taken when the day cannot be a month.
        if (NumericDmy().Match(text) is { Success: true } dm)
        {
            var first = Int(dm.Groups["a"]);
            var second = Int(dm.Groups["b"]);
            var year = Int(dm.Groups["y"]);
            var usOrder = dm.Groups["sep"].Value == "/" && first <= 12 && second > 12;
            if ((usOrder ? MakeDate(year, first, second) : MakeDate(year, second, first)) is { } d)
            {
                return new HtmlDate(d, null);
            }
        }

        return null;
    }

    /// <summary>The date written earliest in running text that <paramref name="accept"/> takes, in any of the loose forms.</summary>
    public static HtmlDate? FirstInText(string text, Func<HtmlDate, bool> accept)
    {
        (int Index, HtmlDate Date)? best = null;
        foreach (var regex in (ReadOnlySpan<Regex>)[MonthDayYear(), DayMonthYear(), CjkDate(), NumericYmd(), NumericDmy()])
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

    private static HtmlDate? FromIso(Match m)
    {
        if (MakeDate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"])) is not { } date)
        {
            return null;
        }

        if (!m.Groups["h"].Success || !m.Groups["zone"].Success || ZoneOffset(m.Groups["zone"].Value) is not { } offset)
        {
            return new HtmlDate(date, null);
        }

        return WithTime(date, Int(m.Groups["h"]), Int(m.Groups["min"]), m.Groups["s"].Success ? Int(m.Groups["s"]) : 0, offset);
    }

    private static HtmlDate WithTime(DateOnly date, int hour, int minute, int second, TimeSpan offset)
    {
        if (hour > 23 || minute > 59 || second > 59 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return new HtmlDate(date, null);
        }

        return new HtmlDate(date, new DateTimeOffset(date.Year, date.Month, date.Day, hour, minute, second, offset));
    }

    private static DateOnly? MakeDate(int year, int month, int day)
    {
        if (year < 100)
        {
            year += year < 70 ? 2000 : 1900;
        }

        if (year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static TimeSpan? ZoneOffset(string zone)
    {
        if (zone.Length == 0)
        {
            return null;
        }

        if (zone is "Z" or "z" or "GMT" or "UT" or "UTC")
        {
            return TimeSpan.Zero;
        }

        var sign = zone[0] == '-' ? -1 : 1;
        var digits = zone.TrimStart('+', '-').Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is 2 or 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            var hours = digits.Length == 2 ? n : n / 100;
            var minutes = digits.Length == 2 ? 0 : n % 100;
            return sign * new TimeSpan(hours, minutes, 0);
        }

        return zone.ToUpperInvariant() switch
        {
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            "CET" => TimeSpan.FromHours(1),
            "CEST" => TimeSpan.FromHours(2),
            "BST" => TimeSpan.FromHours(1),
            _ => null,
        };
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})-?(?<m>[0-9]{2})-?(?<d>[0-9]{2})(?:[T ]+(?<h>[0-9]{1,2}):?(?<min>[0-9]{2})(?::?(?<s>[0-9]{2})(?:[.,][0-9]+)?)?\s*(?<zone>Z|[+-][0-9]{2}:?[0-9]{2}|[+-][0-9]{2}|UTC|GMT)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s+)?(?<d>[0-9]{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<y>[0-9]{4})(?:\s+(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?::(?<s>[0-9]{2}))?\s*(?<zone>[+-][0-9]{4}|[A-Z]{2,4})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc2822();

    [GeneratedRegex(@"\b(?<mon>\p{L}{3,10})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>[0-9]{1,2})(?:\.|st|nd|rd|th|er|º)?\s*(?:de\s+|of\s+)?(?<mon>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"\b(?<y>(?:19|20)[0-9]{2})[/.\-](?<m>[0-9]{1,2})[/.\-](?<d>[0-9]{1,2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericYmd();

    [GeneratedRegex(@"\b(?<a>[0-9]{1,2})(?<sep>[./\-])(?<b>[0-9]{1,2})\k<sep>(?<y>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])(?![.\-/][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDmy();
}
