namespace NewsIngest.Core.Dedup;

/// <summary>An article the writer has just stored, with what deduplication needs of it.</summary>
public sealed record WrittenArticle(long Id, string? PreviousBody, Fingerprint Fingerprint, DedupDocument Document)
{
    /// <summary>The title and body to index.</summary>
    public string? Title { get; init; }

    public string Body { get; init; } = "";
}
