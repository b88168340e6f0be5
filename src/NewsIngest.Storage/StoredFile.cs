namespace NewsIngest.Storage;

/// <summary>What the store remembers of one path: enough to skip it when it has not changed.</summary>
public sealed record StoredFile(string Path, long Size, string ModifiedUtc, string? Sha256, string Status, long? ArticleId);
