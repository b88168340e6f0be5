using System.Globalization;

namespace NewsIngest.Evaluation.Scoring;

/// <summary>
/// Compares a record's <c>published</c> value (<c>2025-10-31</c>, a date-time with offset, or a bare year)
/// with a labelled date. A bare year never matches a day: the product must not be rewarded for guessing.
/// </summary>
public static class DateMatch
{
    /// <summary>
    /// True when <paramref name="published"/> names the same calendar day as <paramref name="expected"/>
    /// (an ISO date or date-time; only its first ten characters, the day as written in its own offset, count).
    /// </summary>
    public static bool SameDay(string? expected, string? published)
    {
        var e = Day(expected);
        return e is not null && e == Day(published);
    }

    /// <summary>
    /// True when both are date-times naming the same instant to the second. A label without an offset is
    /// compared by its wall-clock time; a published value without a time never matches.
    /// </summary>
    public static bool SameSecond(string? expected, string? published)
    {
        if (!TryInstant(expected, out var e, out var eHasOffset) || !TryInstant(published, out var p, out var pHasOffset))
        {
            return false;
        }

        return eHasOffset && pHasOffset
            ? e.UtcDateTime == p.UtcDateTime
            : e.DateTime == p.DateTime;
    }

    /// <summary>True when the label carries a time of day (more than a date).</summary>
    public static bool HasTime(string? value) => value is { Length: > 10 } && value[10] is 'T' or ' ';

    private static string? Day(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        var head = value[..10];
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? head
            : null;
    }

    private static bool TryInstant(string? value, out DateTimeOffset instant, out bool hasOffset)
    {
        instant = default;
        hasOffset = false;
        if (!HasTime(value))
        {
            return false;
        }

        var v = value!.Trim();
        hasOffset = v.EndsWith('Z') || v.LastIndexOfAny(['+', '-']) > 10;
        var styles = hasOffset ? DateTimeStyles.None : DateTimeStyles.AssumeUniversal;
        return DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, styles, out instant);
    }
}
