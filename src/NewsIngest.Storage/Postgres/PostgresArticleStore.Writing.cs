using NewsIngest.Core.Model;
using NewsIngest.Core.Serialization;
using Npgsql;

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
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    });

    public void Rollback()
    {
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
    /// Inserts the article, or replaces the one stored for the same path in place (same id). The path is always
    /// looked up, whatever <paramref name="mayExist"/> says: another ingest may have stored it since this one listed
    /// the store's files. The look-up locks the row, and the writer lock orders the writers, so a path is never stored twice.
    /// </summary>
    /// <returns>The article's id, whether it was new, and the body it replaced (null when new).</returns>
    public (long Id, bool Inserted, string? PreviousBody) UpsertArticle(Article article, string? exactKey, long runId, int? wordCount = null, bool mayExist = true) => Guard(() =>
    {
        RequireTransaction();
        long? id = null;
        string? oldBody = null;
        using (var existing = Command("SELECT id, body FROM newsingest.articles WHERE path = @path FOR UPDATE"))
        {
            Bind(existing, "path", article.Path);
            using var reader = existing.ExecuteReader();
            if (reader.Read())
            {
                id = reader.GetInt64(0);
                oldBody = reader.GetString(1);
            }
        }

        if (id is { } known)
        {
            using var update = Command(
                "UPDATE newsingest.articles SET sha256 = @sha, title = @title, published = @published, date_source = @date_source, " +
                "authors = @authors, source = @source, dateline = @dateline, body = @body, word_count = @word_count, " +
                "language = @language, boilerplate = @boilerplate, warnings = @warnings, exact_key = @exact_key, " +
                "provenance = @provenance, modified = @modified, url = @url, fetched = @fetched, updated_run = @run WHERE id = @id");
            BindArticle(update, article, exactKey, runId, wordCount);
            Bind(update, "id", known);
            update.ExecuteNonQuery();
            return (known, false, oldBody);
        }

        using var insert = Command(
            "INSERT INTO newsingest.articles (path, sha256, title, published, date_source, authors, source, dateline, body, word_count, " +
            "language, boilerplate, warnings, exact_key, provenance, modified, url, fetched, created_run, updated_run) VALUES (@path, @sha, @title, " +
            "@published, @date_source, @authors, @source, @dateline, @body, @word_count, @language, @boilerplate, @warnings, " +
            "@exact_key, @provenance, @modified, @url, @fetched, @run, @run) RETURNING id");
        BindArticle(insert, article, exactKey, runId, wordCount);
        Bind(insert, "path", article.Path);
        return ((long)insert.ExecuteScalar()!, true, null);
    });

    /// <summary>Nothing to do: the search vector is a generated column, kept current by every insert and update.</summary>
    public void IndexArticles(IEnumerable<(long Id, string? Title, string Body)> articles) => RequireTransaction();

    /// <summary>
    /// Nothing to tune: commits stay synchronous (a commit the ingest saw is on the server's disk, whatever happens to
    /// the server next), and the server checkpoints on its own schedule.
    /// </summary>
    public void PrepareForBulkWrite() => RequireWritable();

    public void UpsertFile(string path, long size, string modifiedUtc, string? sha256, string status, string? failure, long? articleId, long runId) => Guard(() =>
    {
        RequireTransaction();
        using var command = Command(
            "INSERT INTO newsingest.files (path, size, mtime, sha256, status, error, article_id, run_id) " +
            "VALUES (@path, @size, @mtime, @sha, @status, @error, @article, @run) " +
            "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, sha256 = excluded.sha256, " +
            "status = excluded.status, error = excluded.error, article_id = excluded.article_id, run_id = excluded.run_id");
        Bind(command, "path", path);
        Bind(command, "size", size);
        Bind(command, "mtime", modifiedUtc);
        BindText(command, "sha", sha256);
        Bind(command, "status", status);
        BindText(command, "error", failure);
        command.Parameters.Add(new NpgsqlParameter("article", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = articleId ?? (object)DBNull.Value });
        Bind(command, "run", runId);
        command.ExecuteNonQuery();
    });

    /// <summary>Records a new modification time for a file whose content did not change.</summary>
    public void TouchFile(string path, long size, string modifiedUtc, long runId) => Guard(() =>
    {
        RequireTransaction();
        using var command = Command("UPDATE newsingest.files SET size = @size, mtime = @mtime, run_id = @run WHERE path = @path");
        Bind(command, "path", path);
        Bind(command, "size", size);
        Bind(command, "mtime", modifiedUtc);
        Bind(command, "run", runId);
        command.ExecuteNonQuery();
    });

    private static void BindArticle(NpgsqlCommand command, Article article, string? exactKey, long runId, int? wordCount)
    {
        Bind(command, "sha", article.Sha256);
        BindText(command, "title", article.Title);
        BindText(command, "published", article.Published);
        Bind(command, "date_source", article.DateSource.ToContractString());
        Bind(command, "authors", RecordJson.SerializeList(article.Authors));
        BindText(command, "source", article.Source);
        BindText(command, "dateline", article.Dateline);
        Bind(command, "body", article.Body);
        Bind(command, "word_count", wordCount ?? article.WordCount);
        BindText(command, "language", article.Language);
        Bind(command, "boilerplate", RecordJson.SerializeList(article.Boilerplate));
        Bind(command, "warnings", RecordJson.SerializeList(article.Warnings));
        BindText(command, "exact_key", exactKey);
        Bind(command, "provenance", RecordJson.SerializeMap(article.Provenance));
        BindText(command, "modified", article.Modified);
        BindText(command, "url", article.Url);
        BindText(command, "fetched", article.Fetched);
        Bind(command, "run", runId);
    }

    private void RequireWritable()
    {
        if (Mode != StoreMode.ReadWrite)
        {
            throw new InvalidOperationException("the store was opened read-only");
        }
    }

    internal void RequireTransaction()
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("writes go inside Begin()/Commit()");
        }
    }

    private static string Iso(DateTimeOffset value) => Sqlite.SqliteArticleStore.Iso(value);
}
