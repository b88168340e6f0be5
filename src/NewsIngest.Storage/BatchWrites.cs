using NewsIngest.Core.Model;

namespace NewsIngest.Storage;

/// <summary>One article of <see cref="IStoreWriter.UpsertArticles"/>: the arguments of <see cref="IStoreWriter.UpsertArticle"/> but the run.</summary>
public sealed record ArticleWrite(Article Article, string? ExactKey, int? WordCount = null, bool MayExist = true);

/// <summary>
/// One file row of <see cref="IStoreWriter.WriteFiles"/>: the arguments of <see cref="IStoreWriter.UpsertFile"/>, or
/// with <see cref="Touch"/> those of <see cref="IStoreWriter.TouchFile"/> (size and time only; the rest is ignored).
/// </summary>
public sealed record FileWrite(string Path, long Size, string ModifiedUtc, string? Sha256 = null, string Status = FileStatus.Stored, string? Failure = null, long? ArticleId = null)
{
    public bool Touch { get; init; }
}
