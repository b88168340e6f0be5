using NewsIngest.Core.Dedup;
using static NewsIngest.Storage.Sqlite.SqliteSession;

namespace NewsIngest.Storage.Sqlite;

/// <summary>Runs, the files each run saw, and the folding of a file stored under several spellings of its path.</summary>
internal sealed class SqliteRunsAndFiles(SqliteSession session, SqliteArticleWriter articles)
{
    private static readonly string[] FoldDeletes =
    [
        "DELETE FROM dedup_pairs WHERE a = $id OR b = $id",
        "DELETE FROM dedup_signatures WHERE article_id = $id",
        "DELETE FROM dedup_unkeyed WHERE article_id = $id",
        "DELETE FROM articles WHERE id = $id",
    ];

    public long StartRun(string optionsJson, string version, DateTimeOffset started)
    {
        session.RequireWritable();
        var own = !session.InTransaction;
        session.Begin();
        var command = session.Command("INSERT INTO runs (started, options, version) VALUES ($started, $options, $version)");
        Bind(command, "$started", Iso(started));
        Bind(command, "$options", optionsJson);
        Bind(command, "$version", version);
        command.ExecuteNonQuery();
        var id = session.LastInsertRowId;
        if (own)
        {
            session.Commit();
        }

        return id;
    }

    public void CloseAbandonedRuns() => session.Execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'");

    public void FinishRun(long runId, RunCounts counts, string status, DateTimeOffset finished)
    {
        var command = session.Command(
            "UPDATE runs SET finished = $finished, status = $status, files_seen = $seen, new = $new, updated = $updated, " +
            "unchanged = $unchanged, duplicates = $duplicates, failed = $failed, passed_over = $passed_over WHERE id = $id");
        Bind(command, "$finished", Iso(finished));
        Bind(command, "$status", status);
        Bind(command, "$seen", counts.FilesSeen);
        Bind(command, "$new", counts.New);
        Bind(command, "$updated", counts.Updated);
        Bind(command, "$unchanged", counts.Unchanged);
        Bind(command, "$duplicates", counts.Duplicates);
        Bind(command, "$failed", counts.Failed);
        Bind(command, "$passed_over", counts.PassedOver);
        Bind(command, "$id", runId);
        command.ExecuteNonQuery();
    }

    /// <summary>The options JSON of the latest run, or null before the first.</summary>
    public string? LatestRunOptions()
    {
        using var command = session.NewCommand("SELECT options FROM runs ORDER BY id DESC LIMIT 1");
        return command.ExecuteScalar() as string;
    }

    /// <summary>The thresholds of the latest run (the ones the stored links were made with), else the defaults.</summary>
    public DedupOptions LoadDedupOptions() =>
        LatestRunOptions() is { } json ? RecordedRunOptions.Parse(json).ToDedupOptions() : DedupOptions.Default;

    public IReadOnlyDictionary<string, StoredFile> LoadFiles()
    {
        var result = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        using var reader = session.Command("SELECT path, size, mtime, sha256, status, article_id FROM files").ExecuteReader();
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
    }

    public void UpsertFile(string path, long size, string modifiedUtc, string? sha256, string status, string? failure, long? articleId, long runId)
    {
        session.RequireTransaction();
        var command = session.Command(
            "INSERT INTO files (path, size, mtime, sha256, status, error, article_id, run_id) " +
            "VALUES ($path, $size, $mtime, $sha, $status, $error, $article, $run) " +
            "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, sha256 = excluded.sha256, " +
            "status = excluded.status, error = excluded.error, article_id = excluded.article_id, run_id = excluded.run_id");
        Bind(command, "$path", path);
        Bind(command, "$size", size);
        Bind(command, "$mtime", modifiedUtc);
        Bind(command, "$sha", sha256);
        Bind(command, "$status", status);
        Bind(command, "$error", failure);
        Bind(command, "$article", articleId);
        Bind(command, "$run", runId);
        command.ExecuteNonQuery();
    }

    public void TouchFile(string path, long size, string modifiedUtc, long runId)
    {
        session.RequireTransaction();
        var command = session.Command("UPDATE files SET size = $size, mtime = $mtime, run_id = $run WHERE path = $path");
        Bind(command, "$path", path);
        Bind(command, "$size", size);
        Bind(command, "$mtime", modifiedUtc);
        Bind(command, "$run", runId);
        command.ExecuteNonQuery();
    }

    /// <summary>See <see cref="IStoreWriter.MergePathSpellings"/>.</summary>
    public int MergePathSpellings(IReadOnlyList<PathSpellings> merges)
    {
        session.RequireTransaction();
        var removed = new List<long>();
        foreach (var merge in merges)
        {
            var rows = new List<(long Id, long? DuplicateOf, string? Title, string Body)>();
            foreach (var path in merge.Spellings.Prepend(merge.Path).Distinct(StringComparer.Ordinal))
            {
                var select = Bind(session.Command("SELECT id, duplicate_of, title, body FROM articles WHERE path = $path"), "$path", path);
                using var reader = select.ExecuteReader();
                if (reader.Read())
                {
                    rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
                }
            }

            var keep = rows.Count == 0 ? (long?)null : (rows.Where(r => r.DuplicateOf is null).Select(r => (long?)r.Id).Min() ?? rows.Min(r => r.Id));
            foreach (var other in rows.Where(r => r.Id != keep))
            {
                Fold(other.Id, other.Title, other.Body, keep!.Value);
                removed.Add(other.Id);
            }

            if (keep is { } kept)
            {
                Bind(session.Command("UPDATE articles SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL, duplicate_reason = NULL WHERE id = $id AND duplicate_of = $id"), "$id", kept).ExecuteNonQuery();
                Bind(Bind(session.Command("UPDATE articles SET path = $path WHERE id = $id"), "$path", merge.Path), "$id", kept).ExecuteNonQuery();
            }

            MergeFileRows(merge, keep);
        }

        if (removed.Count > 0)
        {
            // One pass over the keys for every article removed: the key table has no index by article.
            Bind(session.Command("DELETE FROM dedup_keys WHERE article_id IN (SELECT value FROM json_each($ids))"), "$ids", "[" + string.Join(',', removed) + "]").ExecuteNonQuery();
        }

        return removed.Count;
    }

    /// <summary>Removes article <paramref name="id"/>, an exact copy of <paramref name="keep"/>, pointing whatever pointed at it to <paramref name="keep"/>.</summary>
    private void Fold(long id, string? title, string body, long keep)
    {
        articles.RemoveFromIndex(id, title, body);
        Bind(Bind(session.Command("UPDATE articles SET duplicate_of = $keep WHERE duplicate_of = $id"), "$keep", keep), "$id", id).ExecuteNonQuery();
        Bind(Bind(session.Command("UPDATE files SET article_id = $keep WHERE article_id = $id"), "$keep", keep), "$id", id).ExecuteNonQuery();
        Bind(Bind(session.Command(
            "INSERT OR IGNORE INTO dedup_pairs (a, b) SELECT min($keep, x), max($keep, x) FROM " +
            "(SELECT b AS x FROM dedup_pairs WHERE a = $id UNION SELECT a FROM dedup_pairs WHERE b = $id) WHERE x <> $keep"), "$keep", keep), "$id", id)
            .ExecuteNonQuery();
        foreach (var sql in FoldDeletes)
        {
            Bind(session.Command(sql), "$id", id).ExecuteNonQuery();
        }
    }

    /// <summary>One file row under the absolute path: the one already there, else the spelling that led to the article kept.</summary>
    private void MergeFileRows(PathSpellings merge, long? keep)
    {
        var target = Bind(session.Command("SELECT count(*) FROM files WHERE path = $path"), "$path", merge.Path).ExecuteScalar() is long n && n > 0;
        foreach (var spelling in merge.Spellings.Where(s => s != merge.Path).OrderByDescending(s => IsFileOf(s, keep)))
        {
            if (target)
            {
                Bind(session.Command("DELETE FROM files WHERE path = $path"), "$path", spelling).ExecuteNonQuery();
            }
            else
            {
                target = Bind(Bind(session.Command("UPDATE files SET path = $to WHERE path = $path"), "$to", merge.Path), "$path", spelling).ExecuteNonQuery() > 0;
            }
        }
    }

    private bool IsFileOf(string path, long? article) =>
        article is { } id && Bind(Bind(session.Command("SELECT count(*) FROM files WHERE path = $path AND article_id = $id"), "$path", path), "$id", id).ExecuteScalar() is long n && n > 0;
}
