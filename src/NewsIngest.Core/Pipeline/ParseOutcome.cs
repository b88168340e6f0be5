using NewsIngest.Core.Model;

namespace NewsIngest.Core.Pipeline;

/// <summary>The result of parsing one file: an article, or the reason there is none. Expected failures are values, not exceptions.</summary>
public abstract record ParseOutcome(string Path, string Sha256)
{
    public sealed record Success(Article Article) : ParseOutcome(Article.Path, Article.Sha256);

    public sealed record Failure(string FailedPath, string FailedSha256, string Reason) : ParseOutcome(FailedPath, FailedSha256);
}
