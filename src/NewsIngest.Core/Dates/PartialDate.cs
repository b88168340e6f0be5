namespace NewsIngest.Core.Dates;

/// <summary>
/// A date as precise as the text gives it: a year alone, a day, or a day with time and, when the text
/// names a zone, its offset. <see cref="Year"/> is 0 when the text gives no year ("March 3").
/// </summary>
public readonly record struct PartialDate(int Year, int Month = 0, int Day = 0, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    public bool HasYear => Year > 0;

    public bool HasDay => Day > 0 && Month > 0;

    /// <summary>
    /// The contract spelling: <c>2025-10-31T09:30:00-04:00</c> when time and zone are known, else the
    /// day (<c>2025-10-31</c>); a month (<c>2025-10</c>) or a year (<c>2025</c>) when that is all there is.
    /// A time without a zone is dropped rather than passed off as UTC.
    /// </summary>
    public string ToIso()
    {
        if (!HasDay)
        {
            return Month > 0 ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";
        }

        if (Time is { } time && Offset is { } offset)
        {
            var sign = offset < TimeSpan.Zero ? '-' : '+';
            var abs = offset.Duration();
            return $"{Year:D4}-{Month:D2}-{Day:D2}T{time:HH\\:mm\\:ss}{sign}{abs.Hours:D2}:{abs.Minutes:D2}";
        }

        return $"{Year:D4}-{Month:D2}-{Day:D2}";
    }

    /// <summary>The calendar day, when the date has one.</summary>
    public DateOnly? ToDateOnly() => HasDay && HasYear ? new DateOnly(Year, Month, Day) : null;

    /// <summary>The instant, when the date has a day, a time and a zone: what can be compared across offsets.</summary>
    public DateTimeOffset? ToInstant() =>
        HasDay && HasYear && Time is { } t && Offset is { } o ? new DateTimeOffset(Year, Month, Day, t.Hour, t.Minute, t.Second, o) : null;
}
