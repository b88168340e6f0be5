namespace NewsIngest.Core.Dates;

/// <summary>The pieces every form shares: the calendar check, the year rule, the zone and the digits.</summary>
public static partial class DateParser
{
    /// <summary>The widest offset a zone can have; a wider one is a typo, and the time is dropped rather than shifted.</summary>
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>A year as written: two digits follow RFC 2822 §4.3 (00-49 are 20xx, 50-99 are 19xx), others are taken as they are.</summary>
    private static int Year(string digits) =>
        digits.Length == 2 ? (ParseInt(digits) is var yy && yy < 50 ? 2000 + yy : 1900 + yy) : ParseInt(digits);

    /// <summary>Whether year, month and day name a real calendar day; year 0 (not given) only when <paramref name="yearOptional"/>.</summary>
    private static bool IsDay(int year, int month, int day, bool yearOptional) =>
        (year is >= 1000 and <= 9999 || (yearOptional && year == 0))
        && month is >= 1 and <= 12
        && day >= 1 && day <= DateTime.DaysInMonth(year == 0 ? 2000 : year, month);

    /// <summary>The offset a zone names: <c>Z</c>, <c>+05</c>, <c>-0500</c>, <c>+05:30</c> or an abbreviation of the zone table; null when unknown or out of range.</summary>
    private static TimeSpan? Zone(string zone)
    {
        if (zone.Length == 0)
        {
            return null;
        }

        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length is not (2 or 4))
            {
                return null;
            }

            var minutes = digits.Length == 4 ? ParseInt(digits.AsSpan(2, 2)) : 0;
            var span = new TimeSpan(ParseInt(digits.AsSpan(0, 2)), minutes, 0);
            if (minutes > 59 || span > MaxOffset)
            {
                return null;
            }

            return zone[0] == '-' ? -span : span;
        }

        return ZoneHours.TryGetValue(zone, out var h) ? TimeSpan.FromHours(h) : null;
    }

    // Every pattern takes ASCII digits only ([0-9]; \d would take any script's digits, which this arithmetic misreads).
    private static int ParseInt(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
