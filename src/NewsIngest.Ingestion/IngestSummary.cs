using NewsIngest.Storage;

namespace NewsIngest.Ingestion;

/// <summary>What a run did: the counts, whether it was interrupted, and how long it took.</summary>
public sealed record IngestSummary(long RunId, RunCounts Counts, bool Interrupted, TimeSpan Elapsed, int Remaining)
{
    /// <summary>Where the time went, for --verbose and the benchmarks.</summary>
    public StageTimings Timings { get; init; } = new();

    /// <summary>Symbolic links inside the folders that were not followed (no <c>--follow</c>).</summary>
    public int SkippedLinks { get; init; }

    /// <summary>Files inside the folders not read because their names are not an article's.</summary>
    public OtherFiles OtherFiles { get; init; } = OtherFiles.None;
}
