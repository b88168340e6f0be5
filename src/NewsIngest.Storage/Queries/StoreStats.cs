namespace NewsIngest.Storage.Queries;

/// <summary>What <c>stats</c> reports about a store.</summary>
public sealed record StoreStats
{
    /// <summary>Stored articles, duplicates included.</summary>
    public long Articles { get; init; }

    /// <summary>Articles that are a duplicate of another.</summary>
    public long Duplicates { get; init; }

    /// <summary>Duplicate clusters (one per canonical article that has duplicates).</summary>
    public long Clusters { get; init; }

    /// <summary>Files the last ingest of their path could not store.</summary>
    public long FailedFiles { get; init; }

    /// <summary>Ingest runs recorded.</summary>
    public long Runs { get; init; }

    /// <summary>Articles by source, most first; articles without a source under a null key, last.</summary>
    public IReadOnlyList<CountBy> BySource { get; init; } = [];

    /// <summary>
    /// Articles by month (<c>YYYY-MM</c>), oldest first; an article dated only by a year counts under that year,
    /// one without a date under a null key, last.
    /// </summary>
    public IReadOnlyList<CountBy> ByMonth { get; init; } = [];
}
