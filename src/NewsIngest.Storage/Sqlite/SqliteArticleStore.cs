using Microsoft.Data.Sqlite;
using NewsIngest.Core.Dedup;
using NewsIngest.Core.Model;
using NewsIngest.Core.Serialization;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// The SQLite store: one file, WAL mode, schema versioned with <c>PRAGMA user_version</c>. Not thread-safe: one
/// writer per store; readers open their own instance (WAL lets them read while a writer commits). The store contract
/// is kept by parts that each own their state, all speaking through the one <see cref="SqliteSession"/> that owns the
/// connection: <see cref="SqliteRunsAndFiles"/>, <see cref="SqliteArticleWriter"/>, <see cref="SqliteSearch"/>,
/// <see cref="SqliteReader"/> and <see cref="SqliteDuplicateIndex"/>. This class opens the file, holds the ingest
/// lock, turns SQLite's errors into <see cref="StoreException"/> and delegates.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private readonly SqliteSession _session;
    private readonly SqliteArticleWriter _articles;
    private readonly SqliteRunsAndFiles _runs;
    private readonly SqliteSearch _search;
    private readonly SqliteReader _reader;
    private SqliteWriterLock? _writerLock;

    private SqliteArticleStore(SqliteSession session)
    {
        _session = session;
        _articles = new SqliteArticleWriter(session);
        _runs = new SqliteRunsAndFiles(session, _articles);
        _search = new SqliteSearch(session);
        _reader = new SqliteReader(session);
        Duplicates = new SqliteDuplicateIndex(session, _runs);
    }

    public string Path => _session.Path;

    public string Location => Path;

    public StoreMode Mode => _session.Mode;

    /// <summary>The duplicate index, with the run's keys held in memory and written in large sorted runs.</summary>
    internal SqliteDuplicateIndex Duplicates { get; }

    IDuplicateIndex IArticleStore.Duplicates => Duplicates;

    /// <summary>
    /// Opens the store as <see cref="StoreFactory"/> does: for writing, it first takes the file's ingest lock (see
    /// <see cref="SqliteWriterLock"/>), held until the store is disposed.
    /// </summary>
    public static SqliteArticleStore OpenExclusive(string path, StoreMode mode)
    {
        if (mode == StoreMode.ReadOnly)
        {
            return Open(path, mode);
        }

        if (Directory.Exists(path))
        {
            throw new StoreException($"{path} is a directory, not a database file: pass a file name to --db");
        }

        RefuseSpecialFile(path);
        var writerLock = SqliteWriterLock.Acquire(path);
        try
        {
            var store = Open(path, mode);
            store._writerLock = writerLock;
            return store;
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>Opens (and for <see cref="StoreMode.ReadWrite"/> creates or migrates) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file is missing (read-only), not SQLite, not ours, newer, or unusable.</exception>
    public static SqliteArticleStore Open(string path, StoreMode mode)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException($"{path} is a directory, not a database file: pass a file name to --db");
        }

        RefuseSpecialFile(path);
        if (mode == StoreMode.ReadOnly && !File.Exists(full))
        {
            throw new StoreException($"no database at {path}: run 'newsingest ingest PATH' first, or point --db (or NEWSINGEST_DB) at your store");
        }

        if (mode == StoreMode.ReadOnly && new FileInfo(full).Length == 0)
        {
            // SQLite reads an empty file as an empty database, which would pass for a store of schema 0.
            throw new StoreException($"{path} is an empty file, not a NewsIngest store: point --db at your store, or run 'newsingest ingest PATH --db {path}' to make one");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = mode == StoreMode.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            ArticleFilterSql.Register(connection);
            var session = new SqliteSession(connection, path, mode);
            session.Prepare();
            return new SqliteArticleStore(session);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw SqliteSession.Translate(ex, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Refuses a device, pipe or socket before anything opens it: SQLite would read it as an empty database and put
    /// a world-writable <c>-journal</c> file beside it, and a lock would be taken on it.
    /// </summary>
    /// <exception cref="StoreException">The path names a device, pipe or socket.</exception>
    public static void RefuseSpecialFile(string path)
    {
        if (FileTypes.Of(System.IO.Path.GetFullPath(path)) == FileType.Special)
        {
            throw new StoreException($"{path} is a device or a pipe, not a NewsIngest store: pass a file name to --db");
        }
    }

    /// <summary>The schema version recorded in the file.</summary>
    public long SchemaVersion => _session.SchemaVersion;

    /// <summary>How many parts the id range is ranked in: 1 or 2 (the default chooses by store size); tests and benchmarks set it.</summary>
    public int? SearchShards
    {
        get => _search.SearchShards;
        set => _search.SearchShards = value;
    }

    /// <summary>The automatic checkpoint threshold, in WAL pages, that <see cref="PrepareForBulkWrite"/> sets.</summary>
    internal const int BulkCheckpointPages = SqliteSession.BulkCheckpointPages;

    /// <summary>The connection's automatic checkpoint threshold, in WAL pages.</summary>
    internal long CheckpointPages => _session.CheckpointPages;

    /// <summary>Caps the file at this many pages, so tests can make a write fail as on a full disk.</summary>
    internal void LimitPages(long pages) => _session.LimitPages(pages);

    // Writing: runs, files, articles and their index entries.
    public void CloseAbandonedRuns() => Guard(_runs.CloseAbandonedRuns);

    /// <summary>Larger index buffers and fewer checkpoints for the rest of this connection (see the two calls).</summary>
    public void PrepareForBulkWrite() => Guard(() =>
    {
        _articles.UseLargeIndexBuffer();
        _session.CheckpointLessOften();
    });

    public IReadOnlyDictionary<string, StoredFile> LoadFiles() => Guard(_runs.LoadFiles);

    public long StartRun(string optionsJson, string version, DateTimeOffset started) => Guard(() => _runs.StartRun(optionsJson, version, started));

    public void FinishRun(long runId, RunCounts counts, string status, DateTimeOffset finished) => Guard(() => _runs.FinishRun(runId, counts, status, finished));

    public void Begin() => Guard(_session.Begin);

    public void Commit() => Guard(_session.Commit);

    public void Rollback() => Guard(_session.Rollback);

    /// <inheritdoc/>
    /// <remarks>
    /// A replaced article leaves the full-text index here, unless this transaction wrote it: its entry is not
    /// written yet (see <see cref="SqliteArticleWriter"/>).
    /// </remarks>
    public (long Id, bool Inserted, string? PreviousBody) UpsertArticle(Article article, string? exactKey, long runId, int? wordCount = null, bool mayExist = true) =>
        Guard(() => _articles.UpsertArticle(article, exactKey, runId, wordCount, mayExist));

    /// <summary>
    /// Adds articles to the full-text index, one row per statement, in ascending id order; the ingest calls it just
    /// before each commit, for the whole transaction. FTS5 writes its pending terms out as a new segment whenever a statement opens a savepoint, and an
    /// INSERT ... SELECT into it opens one: indexed that way, every batch became a segment of its own to merge later.
    /// Single-row inserts open none, so the terms stay in memory until the commit (or the buffer is full).
    /// </summary>
    public void IndexArticles(IEnumerable<(long Id, string? Title, string Body)> articles) => Guard(() => _articles.IndexArticles(articles));

    public void UpsertFile(string path, long size, string modifiedUtc, string? sha256, string status, string? failure, long? articleId, long runId) =>
        Guard(() => _runs.UpsertFile(path, size, modifiedUtc, sha256, status, failure, articleId, runId));

    public void TouchFile(string path, long size, string modifiedUtc, long runId) => Guard(() => _runs.TouchFile(path, size, modifiedUtc, runId));

    /// <inheritdoc/>
    public int MergePathSpellings(IReadOnlyList<PathSpellings> merges) => Guard(() => _runs.MergePathSpellings(merges));

    // Reading.
    /// <inheritdoc/>
    /// <remarks>The query is parsed by <see cref="Core.Search.SearchQueryParser"/> and sent to FTS5 with every term quoted (<see cref="Fts5Query"/>).</remarks>
    public IReadOnlyList<ArticleRecord> Search(string query, ArticleFilter filter, SnippetMarks marks) => _search.Search(query, filter, marks);

    /// <inheritdoc/>
    public long CountMatches(string query, ArticleFilter filter) => Guard(() => _search.CountMatches(query, filter));

    /// <inheritdoc/>
    /// <remarks>SQLite's FTS5 syntax: words, "phrases", AND/OR/NOT, NEAR, prefix*, column filters; bm25 with a title match worth ten body matches.</remarks>
    /// <exception cref="StoreException">FTS5 rejects the query; the message quotes it and suggests a phrase.</exception>
    public IReadOnlyList<ArticleRecord> SearchNative(string query, ArticleFilter filter, SnippetMarks marks) => _search.SearchNative(query, filter, marks);

    /// <inheritdoc/>
    public long CountNative(string query, ArticleFilter filter) => Guard(() => _search.CountNative(query, filter));

    /// <inheritdoc/>
    public string? SuggestSpelling(string word) => _search.SuggestSpelling(word);

    /// <inheritdoc/>
    public long Count(ArticleFilter filter) => Guard(() => _reader.Count(filter));

    /// <summary>Articles that pass <paramref name="filter"/>, newest first; undated ones last, then by id.</summary>
    public IReadOnlyList<ArticleRecord> List(ArticleFilter filter) => Guard(() => _reader.List(filter));

    /// <summary>The article with this id, or null.</summary>
    public ArticleRecord? GetById(long id) => Guard(() => _reader.GetById(id));

    /// <summary>The article stored for this path (as it was given to ingest), or null.</summary>
    public ArticleRecord? GetByPath(string path) => Guard(() => _reader.GetByPath(path));

    /// <summary>The article fetched from this URL (a WARC record's target URI), the latest fetch when there are several; or null.</summary>
    public ArticleRecord? GetByUrl(string url) => _reader.GetByUrl(url);

    /// <inheritdoc/>
    /// <remarks>The query is translated as <see cref="Search"/> translates it; matching is FTS5's, the order is by id.</remarks>
    public IEnumerable<ArticleRecord> Export(ArticleFilter filter, string? query) => _reader.Export(filter, query);

    /// <summary>Counts of the whole store: articles, duplicates, clusters, failures, by source and by month.</summary>
    public StoreStats Stats() => Guard(_reader.Stats);

    /// <summary>Every cluster with at least one duplicate, ordered by canonical id; members by id.</summary>
    public IReadOnlyList<ClusterRow> ListClusters() => Guard(_reader.ListClusters);

    /// <summary>The id of the article with this id (as text) or this path, or null.</summary>
    public long? ResolveArticle(string idOrPath) => Guard(() => _reader.ResolveArticle(idOrPath));

    /// <summary>An article's id, path, body and stored duplicate link, for <c>dups explain</c>.</summary>
    public (string Path, string Body, long? DuplicateOf) LoadForExplain(long id) => Guard(() => _reader.LoadForExplain(id));

    /// <summary>The thresholds of the latest run (the ones the stored links were made with), else the defaults.</summary>
    public DedupOptions LoadDedupOptions() => Guard(_runs.LoadDedupOptions);

    /// <summary>
    /// Runs a user's SQL on a connection of its own opened read-only, so a write fails and the store is untouched.
    /// </summary>
    /// <exception cref="StoreException">The SQL is invalid, or tries to write.</exception>
    public ISqlRows RunSql(string sql) => _reader.RunSql(sql);

    /// <summary>Each part disposes what it owns; the connection goes last but the ingest lock.</summary>
    public void Dispose()
    {
        _search.Dispose();
        Duplicates.Dispose();
        _session.Dispose();
        _writerLock?.Dispose();
    }

    /// <summary>A time as the store writes it: UTC, milliseconds, 'Z'.</summary>
    internal static string Iso(DateTimeOffset value) => SqliteSession.Iso(value);

    private T Guard<T>(Func<T> call) => _session.Guard(call);

    private void Guard(Action call) => _session.Guard(call);
}
