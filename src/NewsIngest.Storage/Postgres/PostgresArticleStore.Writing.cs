using NewsIngest.Core.Model;
using NewsIngest.Core.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace NewsIngest.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    private NpgsqlTransaction? _transaction;

    /// <summary>
    /// Starts a write transaction and takes the writer lock, a transaction-level advisory lock that every writer of
    /// this database takes: a batch's duplicate decisions (look up the keys, confirm, link, store the keys) are made
    /// seeing every batch committed before it, by this process or any other, and no two are made at once. Parsing,
    /// the bulk of an ingest's work, runs outside the lock on every machine; the lock is released by the commit.
    /// </summary>
    public void Begin() => Guard(() =>
    {
        RequireWritable();
        if (_transaction is not null)
        {
            return;
        }

        _transaction = _connection.BeginTransaction(System.Data.IsolationLevel.ReadCommitted);
        Execute($"SELECT pg_advisory_xact_lock({LockClass}, {WriterLock})");
    });

    public void Commit() => Guard(() =>
    {
        if (_transaction is not null)
        {
            Duplicates.WritePending(links: true);
        }

        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    });

    public void Rollback()
    {
        Duplicates.DiscardPending();
        try
        {
            _transaction?.Rollback();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone: the server rolled the transaction back when it lost it.
        }

        _transaction?.Dispose();
        _transaction = null;
    }

    public long StartRun(string optionsJson, string version, DateTimeOffset started) => Guard(() =>
    {
        RequireWritable();
        using var command = Command(
            "INSERT INTO newsingest.runs (started, options, version, backend_pid) VALUES (@started, @options, @version, pg_backend_pid()) RETURNING id");
        Bind(command, "started", Iso(started));
        Bind(command, "options", optionsJson);
        Bind(command, "version", version);
        return (long)command.ExecuteScalar()!;
    });

    /// <summary>
    /// Marks as 'interrupted' the runs left 'running' by ingests whose connection is gone (killed, or cut off): a
    /// run of another ingest still connected keeps its status.
    /// </summary>
    public void CloseAbandonedRuns() => Guard(() =>
        Execute(
            "UPDATE newsingest.runs SET status = 'interrupted' WHERE status = 'running' AND " +
            "(backend_pid IS NULL OR backend_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL))"));

    public void FinishRun(long runId, RunCounts counts, string status, DateTimeOffset finished) => Guard(() =>
    {
        using var command = Command(
            "UPDATE newsingest.runs SET finished = @finished, status = @status, files_seen = @seen, new = @new, updated = @updated, " +
            "unchanged = @unchanged, duplicates = @duplicates, failed = @failed, passed_over = @passed_over WHERE id = @id");
        Bind(command, "finished", Iso(finished));
        Bind(command, "status", status);
        Bind(command, "seen", counts.FilesSeen);
        Bind(command, "new", counts.New);
        Bind(command, "updated", counts.Updated);
        Bind(command, "unchanged", counts.Unchanged);
        Bind(command, "duplicates", counts.Duplicates);
        Bind(command, "failed", counts.Failed);
        Bind(command, "passed_over", counts.PassedOver);
        Bind(command, "id", runId);
        command.ExecuteNonQuery();
    });

    /// <summary>Every path the store has seen, for the incremental check at the start of a run.</summary>
    public IReadOnlyDictionary<string, StoredFile> LoadFiles() => Guard(() =>
    {
        var result = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        using var command = Command("SELECT path, size, mtime, sha256, status, article_id FROM newsingest.files");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var file = new StoredFile(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetInt64(5));
            result[file.Path] = file;
        }

        return result;
    });

    /// <summary>
    /// Inserts the article, or replaces the one stored for the same path in place (same id): see <see cref="UpsertArticles"/>.
    /// </summary>
    /// <returns>The article's id, whether it was new, and the body it replaced (null when new).</returns>
    public (long Id, bool Inserted, string? PreviousBody) UpsertArticle(Article article, string? exactKey, long runId, int? wordCount = null, bool mayExist = true) =>
        UpsertArticles([new ArticleWrite(article, exactKey, wordCount, mayExist)], runId)[0];

    /// <summary>
    /// Inserts each article, or replaces the one stored for the same path in place (same id), in three statements
    /// for the lot: one looks the paths up, one inserts the new articles (ids in the given order), one updates the
    /// others. The paths are always looked up, whatever <see cref="ArticleWrite.MayExist"/> says: another ingest may
    /// have stored one since this one listed the store's files. The look-up locks the rows, and the writer lock orders
    /// the writers, so a path is never stored twice. A path given twice is written twice, in order, as one at a time would.
    /// </summary>
    public IReadOnlyList<(long Id, bool Inserted, string? PreviousBody)> UpsertArticles(IReadOnlyList<ArticleWrite> articles, long runId) => Guard(() =>
    {
        RequireTransaction();
        var results = new List<(long, bool, string?)>(articles.Count);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var first = 0;
        for (var i = 0; i <= articles.Count; i++)
        {
            if (i == articles.Count || !paths.Add(articles[i].Article.Path))
            {
                results.AddRange(UpsertDistinct(articles.Skip(first).Take(i - first).ToList(), runId));
                paths.Clear();
                if (i < articles.Count)
                {
                    paths.Add(articles[i].Article.Path);
                }

                first = i;
            }
        }

        return results;
    });

    /// <summary><see cref="UpsertArticles"/> for articles of distinct paths.</summary>
    private List<(long Id, bool Inserted, string? PreviousBody)> UpsertDistinct(List<ArticleWrite> articles, long runId)
    {
        var existing = new Dictionary<string, (long Id, string Body)>(StringComparer.Ordinal);
        if (articles.Count == 0)
        {
            return [];
        }

        using (var select = Command("SELECT path, id, body FROM newsingest.articles WHERE path = ANY(@paths) FOR UPDATE"))
        {
            select.Parameters.Add(new NpgsqlParameter("paths", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = articles.Select(a => a.Article.Path).ToArray() });
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                existing[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
            }
        }

        var fresh = articles.Where(a => !existing.ContainsKey(a.Article.Path)).ToList();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (fresh.Count > 0)
        {
            // Rows are inserted in the order given (ORDER BY ordinality), so ids follow it as one insert at a time would.
            var columns = string.Join(", ", ArticleColumns.Select(c => c.Name));
            using var insert = Command(
                $"INSERT INTO newsingest.articles (path, {columns}, created_run, updated_run) SELECT u.path, {string.Join(", ", ArticleColumns.Select(c => "u." + c.Name))}, @run, @run " +
                $"FROM unnest(@path, {string.Join(", ", ArticleColumns.Select(c => "@" + c.Name))}) WITH ORDINALITY AS u(path, {columns}, ord) ORDER BY u.ord RETURNING path, id");
            BindArticles(insert, fresh);
            Bind(insert, "run", runId);
            using var reader = insert.ExecuteReader();
            while (reader.Read())
            {
                ids[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var replaced = articles.Where(a => existing.ContainsKey(a.Article.Path)).ToList();
        if (replaced.Count > 0)
        {
            using var update = Command(
                $"UPDATE newsingest.articles a SET {string.Join(", ", ArticleColumns.Select(c => $"{c.Name} = u.{c.Name}"))}, updated_run = @run " +
                $"FROM unnest(@path, {string.Join(", ", ArticleColumns.Select(c => "@" + c.Name))}) AS u(path, {string.Join(", ", ArticleColumns.Select(c => c.Name))}) " +
                "WHERE a.path = u.path");
            BindArticles(update, replaced);
            Bind(update, "run", runId);
            update.ExecuteNonQuery();
        }

        return [.. articles.Select(a => existing.TryGetValue(a.Article.Path, out var old) ? (old.Id, false, old.Body) : (ids[a.Article.Path], true, (string?)null))];
    }

    /// <summary>The article columns an upsert writes (besides path and runs), each with its type and value.</summary>
    private static readonly (string Name, NpgsqlDbType Type, Func<ArticleWrite, object?> Value)[] ArticleColumns =
    [
        ("sha256", NpgsqlDbType.Text, a => a.Article.Sha256),
        ("title", NpgsqlDbType.Text, a => a.Article.Title),
        ("published", NpgsqlDbType.Text, a => a.Article.Published),
        ("date_source", NpgsqlDbType.Text, a => a.Article.DateSource.ToContractString()),
        ("authors", NpgsqlDbType.Text, a => RecordJson.SerializeList(a.Article.Authors)),
        ("source", NpgsqlDbType.Text, a => a.Article.Source),
        ("dateline", NpgsqlDbType.Text, a => a.Article.Dateline),
        ("body", NpgsqlDbType.Text, a => a.Article.Body),
        ("word_count", NpgsqlDbType.Integer, a => a.WordCount ?? a.Article.WordCount),
        ("language", NpgsqlDbType.Text, a => a.Article.Language),
        ("boilerplate", NpgsqlDbType.Text, a => RecordJson.SerializeList(a.Article.Boilerplate)),
        ("warnings", NpgsqlDbType.Text, a => RecordJson.SerializeList(a.Article.Warnings)),
        ("exact_key", NpgsqlDbType.Text, a => a.ExactKey),
        ("provenance", NpgsqlDbType.Text, a => RecordJson.SerializeMap(a.Article.Provenance)),
        ("modified", NpgsqlDbType.Text, a => a.Article.Modified),
        ("url", NpgsqlDbType.Text, a => a.Article.Url),
        ("fetched", NpgsqlDbType.Text, a => a.Article.Fetched),
    ];

    /// <summary>Binds @path and one array per <see cref="ArticleColumns"/> entry, an element per article.</summary>
    private static void BindArticles(NpgsqlCommand command, List<ArticleWrite> articles)
    {
        AddArray(command, "path", NpgsqlDbType.Text, articles.Select(a => a.Article.Path).ToArray());
        foreach (var (name, type, value) in ArticleColumns)
        {
            Array values = type == NpgsqlDbType.Integer
                ? articles.Select(a => (int)value(a)!).ToArray()
                : articles.Select(a => (string?)value(a)).ToArray();
            AddArray(command, name, type, values);
        }
    }

    /// <summary>Nothing to do: the search vector is a generated column, kept current by every insert and update.</summary>
    public void IndexArticles(IEnumerable<(long Id, string? Title, string Body)> articles) => RequireTransaction();

    /// <summary>
    /// Nothing to tune: commits stay synchronous (a commit the ingest saw is on the server's disk, whatever happens to
    /// the server next), and the server checkpoints on its own schedule.
    /// </summary>
    public void PrepareForBulkWrite() => RequireWritable();

    public void UpsertFile(string path, long size, string modifiedUtc, string? sha256, string status, string? failure, long? articleId, long runId) =>
        WriteFiles([new FileWrite(path, size, modifiedUtc, sha256, status, failure, articleId)], runId);

    /// <summary>Records a new modification time for a file whose content did not change.</summary>
    public void TouchFile(string path, long size, string modifiedUtc, long runId) =>
        WriteFiles([new FileWrite(path, size, modifiedUtc) { Touch = true }], runId);

    /// <summary>
    /// Writes the file rows in two statements: one upsert for the full rows, one update for the touched ones. The
    /// writes of a path given more than once are folded first, in order, into what they leave behind.
    /// </summary>
    public void WriteFiles(IReadOnlyList<FileWrite> files, long runId) => Guard(() =>
    {
        RequireTransaction();
        var last = new Dictionary<string, FileWrite>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // A touch after a full write keeps that write with the new size and time; any other write replaces what was there.
            last[file.Path] = file.Touch && last.TryGetValue(file.Path, out var before) && !before.Touch
                ? before with { Size = file.Size, ModifiedUtc = file.ModifiedUtc }
                : file;
        }

        var full = last.Values.Where(f => !f.Touch).ToList();
        if (full.Count > 0)
        {
            using var command = Command(
                "INSERT INTO newsingest.files (path, size, mtime, sha256, status, error, article_id, run_id) " +
                "SELECT u.*, @run FROM unnest(@path, @size, @mtime, @sha, @status, @error, @article) AS u " +
                "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, sha256 = excluded.sha256, " +
                "status = excluded.status, error = excluded.error, article_id = excluded.article_id, run_id = excluded.run_id");
            BindFiles(command, full);
            AddArray(command, "sha", NpgsqlDbType.Text, full.Select(f => f.Sha256).ToArray());
            AddArray(command, "status", NpgsqlDbType.Text, full.Select(f => f.Status).ToArray());
            AddArray(command, "error", NpgsqlDbType.Text, full.Select(f => f.Failure).ToArray());
            AddArray(command, "article", NpgsqlDbType.Bigint, full.Select(f => f.ArticleId).ToArray());
            Bind(command, "run", runId);
            command.ExecuteNonQuery();
        }

        var touched = last.Values.Where(f => f.Touch).ToList();
        if (touched.Count > 0)
        {
            using var command = Command(
                "UPDATE newsingest.files f SET size = u.size, mtime = u.mtime, run_id = @run " +
                "FROM unnest(@path, @size, @mtime) AS u(path, size, mtime) WHERE f.path = u.path");
            BindFiles(command, touched);
            Bind(command, "run", runId);
            command.ExecuteNonQuery();
        }
    });

    /// <summary>Binds the arrays every file write has: @path, @size, @mtime.</summary>
    private static void BindFiles(NpgsqlCommand command, List<FileWrite> files)
    {
        AddArray(command, "path", NpgsqlDbType.Text, files.Select(f => f.Path).ToArray());
        AddArray(command, "size", NpgsqlDbType.Bigint, files.Select(f => f.Size).ToArray());
        AddArray(command, "mtime", NpgsqlDbType.Text, files.Select(f => f.ModifiedUtc).ToArray());
    }

    private void RequireWritable()
    {
        if (Mode != StoreMode.ReadWrite)
        {
            throw new InvalidOperationException("the store was opened read-only");
        }
    }

    /// <summary>Whether a write transaction is open.</summary>
    internal bool InTransaction => _transaction is not null;

    internal void RequireTransaction()
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("writes go inside Begin()/Commit()");
        }
    }

    private static string Iso(DateTimeOffset value) => Sqlite.SqliteArticleStore.Iso(value);
}
