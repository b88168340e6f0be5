namespace NewsIngest.Core.Model;

/// <summary>Settings of a parse. <see cref="Today"/> is passed in (no clock inside the stages) so dates in the future can be told apart.</summary>
public sealed record ParseOptions
{
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Dates before this year are implausible for a news article and become warnings, not values.</summary>
    public int EarliestPlausibleYear { get; init; } = 1980;

    /// <summary>Where the page was fetched from (a WARC record's target URI), when known: evidence when the page names no URL of its own.</summary>
    public string? PageUrl { get; init; }
}
