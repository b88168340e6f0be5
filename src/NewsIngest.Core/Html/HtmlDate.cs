namespace NewsIngest.Core.Html;

/// <summary>
/// A publication date read from a page: the calendar day as the page wrote it (not converted to UTC) and, when the
/// page gave a time with a zone, the offset date-time.
/// </summary>
public readonly record struct HtmlDate(DateOnly Date, DateTimeOffset? Time)
{
    /// <summary>The contract spelling: <c>2025-11-03</c>, or <c>2025-11-03T14:05:00+00:00</c> when a zoned time is known.</summary>
    public string ToContractString() =>
        Time is { } t ? t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture) : Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
