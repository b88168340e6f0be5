namespace NewsIngest.Core.Search;

/// <summary>The search text cannot be run: empty, only exclusions, or beyond <see cref="SearchQueryLimits"/>. The message names the fix.</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException(string message)
        : base(message)
    {
    }

    public SearchQueryException()
    {
    }

    public SearchQueryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
