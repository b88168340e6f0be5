namespace NewsIngest.Storage;

/// <summary>The counts an ingest run reports and records in <c>runs</c>.</summary>
public sealed record RunCounts
{
    public int FilesSeen { get; init; }

    public int New { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    public int Duplicates { get; init; }

    public int Failed { get; init; }

    /// <summary>WARC records that were no article (requests, metadata, redirects, errors, other media), passed over.</summary>
    public int PassedOver { get; init; }
}
