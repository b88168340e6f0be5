using NewsIngest.Core.Dedup;
using NewsIngest.Core.Serialization;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Storage;

/// <summary>The reading half of the store contract: what the query commands ask of a store.</summary>
public interface IStoreReader
{
    /// <summary>
    /// Full-text search over title and body, best first (a title match weighs more than a body match). Rows carry
    /// <see cref="ArticleRecord.Rank"/> (lower is better) and a body <see cref="ArticleRecord.Snippet"/>.
    /// </summary>
    /// <param name="query">
    /// The search syntax every engine shares, as <see cref="Core.Search.SearchQueryParser"/> reads it: words (with
    /// their inflections, <see cref="Core.Search.WordForms"/>), "phrases", OR, -word, prefix*, title:word.
    /// </param>
    /// <param name="filter">Dates, source, author, duplicates and limit, all applied by the engine.</param>
    /// <param name="marks">How the snippet marks matches.</param>
    /// <exception cref="Core.Search.SearchQueryException">The query is empty or beyond the caps.</exception>
    IReadOnlyList<ArticleRecord> Search(string query, ArticleFilter filter, SnippetMarks marks);

    /// <summary>
    /// Search in the engine's own query language (<c>search --fts</c>: FTS5 for SQLite), for power users; rows as
    /// <see cref="Search"/>.
    /// </summary>
    /// <exception cref="StoreException">The engine rejects the query, or has no query language of its own to offer.</exception>
    IReadOnlyList<ArticleRecord> SearchNative(string query, ArticleFilter filter, SnippetMarks marks) =>
        throw new StoreException("this store takes no query language of its own: leave out --fts");

    /// <summary>How many articles match <paramref name="query"/>, in the engine's own query language, and pass the filter, its limit aside.</summary>
    long CountNative(string query, ArticleFilter filter) => SearchNative(query, filter with { Limit = null }, SnippetMarks.Brackets).Count;

    /// <summary>How many articles match <paramref name="query"/> (the syntax of <see cref="Search"/>) and pass the filter, its limit aside.</summary>
    long CountMatches(string query, ArticleFilter filter) => Search(query, filter with { Limit = null }, SnippetMarks.Brackets).Count;

    /// <summary>How many articles pass the filter, its limit aside.</summary>
    long Count(ArticleFilter filter) => List(filter with { Limit = null }).Count;

    /// <summary>
    /// For "did you mean": the indexed word one edit away from <paramref name="word"/> that most articles hold, or
    /// null when the word is itself indexed or has no such neighbour (or the engine has no word list to ask).
    /// </summary>
    string? SuggestSpelling(string word) => null;

    /// <summary>Articles that pass <paramref name="filter"/>, newest first; undated ones last, then by id.</summary>
    IReadOnlyList<ArticleRecord> List(ArticleFilter filter);

    /// <summary>The article with this id, or null.</summary>
    ArticleRecord? GetById(long id);

    /// <summary>The article stored for this path (as it was given to ingest), or null.</summary>
    ArticleRecord? GetByPath(string path);

    /// <summary>The article fetched from this URL (a WARC record's target URI), the latest fetch when there are several; or null.</summary>
    ArticleRecord? GetByUrl(string url);

    /// <summary>Every article, duplicates included, by id; streamed, so memory stays flat on a large store.</summary>
    IEnumerable<ArticleRecord> ExportAll() => Export(ArticleFilter.Everything, query: null);

    /// <summary>
    /// The articles that pass <paramref name="filter"/> and, when <paramref name="query"/> is given, match it as
    /// <see cref="Search"/> would; by id, up to the filter's limit, streamed so memory stays flat on a large store.
    /// </summary>
    /// <param name="filter">Dates, source, author, duplicates and limit, applied as <see cref="List"/> applies them.</param>
    /// <param name="query">Search syntax (words, "phrases", OR, -word, prefix*), or null for every article.</param>
    /// <exception cref="Core.Search.SearchQueryException">The query is empty, only exclusions, or too long.</exception>
    IEnumerable<ArticleRecord> Export(ArticleFilter filter, string? query);

    /// <summary>Counts of the whole store: articles, duplicates, clusters, failures, by source and by month.</summary>
    StoreStats Stats();

    /// <summary>Every cluster with at least one duplicate, ordered by canonical id; members by id.</summary>
    IReadOnlyList<ClusterRow> ListClusters();

    /// <summary>The id of the article with this id (as text) or this path, or null.</summary>
    long? ResolveArticle(string idOrPath);

    /// <summary>An article's path, body and stored duplicate link, for <c>dups explain</c> and <c>validate --db</c>.</summary>
    /// <exception cref="StoreException">No article has this id.</exception>
    (string Path, string Body, long? DuplicateOf) LoadForExplain(long id);

    /// <summary>The thresholds of the latest run (the ones the stored links were made with), else the defaults.</summary>
    DedupOptions LoadDedupOptions();

    /// <summary>
    /// Runs a user's query, in the engine's own query language, so that it cannot change the store; the rows are
    /// read as they are consumed.
    /// </summary>
    /// <exception cref="StoreException">The query is invalid, or tries to write.</exception>
    ISqlRows RunSql(string sql);
}
