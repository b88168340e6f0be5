namespace NewsIngest.Core.Search;

/// <summary>
/// What a user's search text means, independent of any engine: every <see cref="Required"/> group must match and no
/// <see cref="Excluded"/> group may. Each engine translates this one model (SQLite to an FTS5 MATCH expression,
/// PostgreSQL to a tsquery), so a query means the same thing on both. Built by <see cref="SearchQueryParser"/>.
/// </summary>
/// <param name="Required">Groups that must all match (AND); never empty.</param>
/// <param name="Excluded">Groups none of which may match (<c>-word</c>, <c>NOT word</c>).</param>
public sealed record SearchQuery(IReadOnlyList<SearchGroup> Required, IReadOnlyList<SearchGroup> Excluded)
{
    /// <summary>Every term of the query, required and excluded.</summary>
    public IEnumerable<SearchTerm> Terms => Required.Concat(Excluded).SelectMany(g => g.Alternatives);
}

/// <summary>Alternatives joined by <c>OR</c>: the group matches when any of them does.</summary>
public sealed record SearchGroup(IReadOnlyList<SearchTerm> Alternatives);

/// <summary>
/// One word or one "quoted phrase", as the user typed it (punctuation inside is text: <c>U.S.</c>, <c>O'Brien</c>,
/// <c>$1.13bn</c>). An engine splits <see cref="Text"/> into its own tokens and matches them as a phrase, in order.
/// </summary>
/// <param name="Text">The word or the phrase's words; never empty, always holds a letter or digit.</param>
/// <param name="Prefix">The last word matches any word it begins (<c>econom*</c>).</param>
/// <param name="Field">Where it must occur.</param>
/// <param name="Quoted">Typed in double quotes: a phrase, not a word (no word forms, no spelling suggestion).</param>
public sealed record SearchTerm(string Text, bool Prefix = false, SearchField Field = SearchField.Any, bool Quoted = false);

/// <summary>The part of an article a term must occur in.</summary>
public enum SearchField
{
    /// <summary>Title or body.</summary>
    Any,

    /// <summary>The title only (<c>title:word</c>).</summary>
    Title,
}
