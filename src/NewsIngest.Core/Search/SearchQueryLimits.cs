namespace NewsIngest.Core.Search;

/// <summary>
/// How much search text is accepted. A query is parsed and run in time that grows with its terms, and an engine's
/// own cost may grow faster (FTS5's took 24 s for 2,000 words on five articles): past these caps the query is
/// refused with one line instead.
/// </summary>
public static class SearchQueryLimits
{
    /// <summary>Most characters of search text.</summary>
    public const int MaxLength = 1_000;

    /// <summary>Most distinct terms (words and phrases, after repeats are dropped).</summary>
    public const int MaxTerms = 32;
}
