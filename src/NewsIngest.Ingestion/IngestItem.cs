using NewsIngest.Core.Dedup;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Ingestion;

/// <summary>One file after the parallel stage: unchanged (not re-read), parsed, or failed before parsing.</summary>
internal sealed record IngestItem(string Path, long Size, string ModifiedUtc)
{
    public bool Unchanged { get; init; }

    /// <summary>Whether the store had a row for this path when the run started; without one it holds no article for it either.</summary>
    public bool Known { get; init; }

    public ParseOutcome? Outcome { get; init; }

    public string? Error { get; init; }

    public string? Sha256 { get; init; }

    /// <summary>Candidate keys and signature of the clean body, computed on the parse workers.</summary>
    public Fingerprint? Fingerprint { get; init; }

    /// <summary>Words of the clean body (<see cref="Core.Model.Article.WordCount"/> counts them anew on every read), counted on the parse workers.</summary>
    public int WordCount { get; init; }

    /// <summary>The clean body prepared for confirmation, computed on the parse workers.</summary>
    public DedupDocument? Document { get; init; }
}
