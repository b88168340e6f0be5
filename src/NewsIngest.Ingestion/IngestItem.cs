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

    /// <summary>A page out of a WARC file (its path is the WARC's, <c>#</c>, and the record id), not a file of its own.</summary>
    public bool Page { get; init; }

    /// <summary>
    /// The row of a WARC file itself, after its pages: it records the file's size and time (so an unchanged WARC is
    /// skipped unread next time), the records passed over, and whether any record was broken (then it is read again).
    /// </summary>
    public bool WarcRow { get; init; }

    /// <summary>On a WARC's row: records that were no article (requests, redirects, images...).</summary>
    public int PassedOver { get; init; }

    /// <summary>On the row of an unchanged WARC: the pages it holds, which count as unchanged.</summary>
    public int UnchangedPages { get; init; }

    /// <summary>On a WARC's row: the file failed as a whole (it is no WARC at all, or could not be read), and counts as one failed file.</summary>
    public bool FileFailed { get; init; }
}
