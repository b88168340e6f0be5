namespace NewsIngest.Core.Dedup;

/// <summary>What the canonical choice needs about an article.</summary>
/// <param name="Id">The article's id in the store.</param>
/// <param name="WordCount">Words of the clean body: the longer is the more complete.</param>
/// <param name="MetadataCount">How many of title, date, authors, source, dateline are known.</param>
/// <param name="Published">The contract date (<c>2025-10-31</c>, a date-time with offset, or a year), or null.</param>
/// <param name="Path">The source path: the last tie-breaker.</param>
public sealed record ClusterMember(long Id, int WordCount, int MetadataCount, string? Published, string Path);
