using NewsIngest.Core.Dedup;

namespace NewsIngest.Ingestion;

/// <summary>Settings of one ingest run; recorded as JSON in <c>runs.options</c>.</summary>
public sealed record IngestOptions
{
    /// <summary>Parse workers; the writer is always one more thread.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Files larger than this are refused with a reason rather than read into memory.</summary>
    public long MaxFileSize { get; init; } = ArticleFileReader.DefaultMaxFileSize;

    /// <summary>Files per transaction: large enough to amortise commits, small enough to bound memory and lost work.</summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>
    /// Files per transaction, in whole batches: FTS5 writes its pending terms out as a new segment at every commit,
    /// and every commit copies the pages it touched through the write-ahead log, so few large transactions index
    /// faster; a run killed mid-way loses at most this much work, which the next run redoes.
    /// </summary>
    public int CommitEvery { get; init; } = 2048;

    /// <summary>Whether symbolic links inside folders are followed (<c>--follow</c>); see <see cref="WalkOptions.FollowLinks"/>.</summary>
    public bool FollowLinks { get; init; }

    /// <summary>Files a folder holds that the summary does not count as other files: the store's own (<see cref="NewsIngest.Storage.StoreFactory.LocalFiles"/>).</summary>
    public IReadOnlySet<string> NotCounted { get; init; } = new HashSet<string>();

    /// <summary>Jaccard threshold for near duplicates.</summary>
    public double Near { get; init; } = 0.8;

    /// <summary>Containment threshold for excerpts.</summary>
    public double Containment { get; init; } = 0.8;

    /// <summary>
    /// The settings the run's duplicate keys are made with (<see cref="DedupOptions.KeySettings"/>), recorded so
    /// that a later build with other settings re-keys the store instead of mixing keys that never match.
    /// </summary>
    public string DedupKeys { get; init; } = DedupOptions.Default.KeySettings;
}
