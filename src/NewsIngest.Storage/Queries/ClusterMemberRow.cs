namespace NewsIngest.Storage.Queries;

/// <summary>One article of a duplicate cluster as <c>dups</c> lists it; kind and similarity are null for the canonical.</summary>
public sealed record ClusterMemberRow(long Id, string Path, string? Title, int WordCount, string? Kind, double? Similarity, string? Reason);
