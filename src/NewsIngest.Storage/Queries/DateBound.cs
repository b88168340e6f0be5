using System.Globalization;

namespace NewsIngest.Storage.Queries;

/// <summary>
/// Turns <c>--since</c>/<c>--until</c> values into the day strings <c>published</c> is compared with. A bound may be
/// a year, a month or a day: <c>--since 2025</c> starts on 2025-01-01, <c>--until 2025-09</c> ends on 2025-09-30.
/// An article's <c>published</c> is a period too: a bare year (<c>2025</c>, known only from a copyright line) spans
/// the whole year and is kept only when the whole year lies within the bounds. Date-times are compared on their
/// local calendar day (the offset is not applied).
/// </summary>
public static class DateBound
{
    private static readonly string[] Formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    /// <summary>The first day of <paramref name="value"/>'s period, or null when it is not a year, month or day.</summary>
    public static string? Lower(string value) => TryParse(value, out var day, out _) ? Iso(day) : null;

    /// <summary>The last day of <paramref name="value"/>'s period, or null when it is not a year, month or day.</summary>
    public static string? Upper(string value)
    {
        if (!TryParse(value, out var day, out var format))
        {
            return null;
        }

        var last = format switch
        {
            "yyyy" => new DateOnly(day.Year, 12, 31),
            "yyyy-MM" => new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)),
            _ => day,
        };
        return Iso(last);
    }

    /// <summary>SQL for the first day of a stored <c>published</c> value's period (a year or month is padded).</summary>
    internal const string PublishedStartSql =
        "CASE length(a.published) WHEN 4 THEN a.published || '-01-01' WHEN 7 THEN a.published || '-01' ELSE substr(a.published, 1, 10) END";

    /// <summary>SQL for the last day of a stored <c>published</c> value's period; '-31' is a safe lexical end of any month.</summary>
    internal const string PublishedEndSql =
        "CASE length(a.published) WHEN 4 THEN a.published || '-12-31' WHEN 7 THEN a.published || '-31' ELSE substr(a.published, 1, 10) END";

    private static bool TryParse(string value, out DateOnly day, out string format)
    {
        foreach (var candidate in Formats)
        {
            if (DateOnly.TryParseExact(value.Trim(), candidate, CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                format = candidate;
                return true;
            }
        }

        day = default;
        format = "";
        return false;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
