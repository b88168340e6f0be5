namespace NewsIngest.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <inheritdoc/>
    public int MergePathSpellings(IReadOnlyList<PathSpellings> merges) => Guard(() =>
    {
        RequireTransaction();
        var removed = new List<long>();
        foreach (var merge in merges)
        {
            var rows = new List<(long Id, long? DuplicateOf, string? Title, string Body)>();
            foreach (var path in merge.Spellings.Prepend(merge.Path).Distinct(StringComparer.Ordinal))
            {
                var select = Bind(Command("SELECT id, duplicate_of, title, body FROM articles WHERE path = $path"), "$path", path);
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
                Bind(Command("UPDATE articles SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL, duplicate_reason = NULL WHERE id = $id AND duplicate_of = $id"), "$id", kept).ExecuteNonQuery();
                Bind(Bind(Command("UPDATE articles SET path = $path WHERE id = $id"), "$path", merge.Path), "$id", kept).ExecuteNonQuery();
            }

            MergeFileRows(merge, keep);
        }

        if (removed.Count > 0)
        {
            // One pass over the keys for every article removed: the key table has no index by article.
            Bind(Command("DELETE FROM dedup_keys WHERE article_id IN (SELECT value FROM json_each($ids))"), "$ids", "[" + string.Join(',', removed) + "]").ExecuteNonQuery();
        }

        return removed.Count;
    });

    /// <summary>Removes article <paramref name="id"/>, an exact copy of <paramref name="keep"/>, pointing whatever pointed at it to <paramref name="keep"/>.</summary>
    private void Fold(long id, string? title, string body, long keep)
    {
        if (_unindexed.Remove(id))
        {
            _folded.Add(id);
        }
        else
        {
            DeleteFromIndex(id, title, body);
        }

        Bind(Bind(Command("UPDATE articles SET duplicate_of = $keep WHERE duplicate_of = $id"), "$keep", keep), "$id", id).ExecuteNonQuery();
        Bind(Bind(Command("UPDATE files SET article_id = $keep WHERE article_id = $id"), "$keep", keep), "$id", id).ExecuteNonQuery();
        Bind(Bind(Command(
            "INSERT OR IGNORE INTO dedup_pairs (a, b) SELECT min($keep, x), max($keep, x) FROM " +
            "(SELECT b AS x FROM dedup_pairs WHERE a = $id UNION SELECT a FROM dedup_pairs WHERE b = $id) WHERE x <> $keep"), "$keep", keep), "$id", id)
            .ExecuteNonQuery();
        foreach (var sql in FoldDeletes)
        {
            Bind(Command(sql), "$id", id).ExecuteNonQuery();
        }
    }

    private static readonly string[] FoldDeletes =
    [
        "DELETE FROM dedup_pairs WHERE a = $id OR b = $id",
        "DELETE FROM dedup_signatures WHERE article_id = $id",
        "DELETE FROM dedup_unkeyed WHERE article_id = $id",
        "DELETE FROM articles WHERE id = $id",
    ];

    /// <summary>One file row under the absolute path: the one already there, else the spelling that led to the article kept.</summary>
    private void MergeFileRows(PathSpellings merge, long? keep)
    {
        var target = Bind(Command("SELECT count(*) FROM files WHERE path = $path"), "$path", merge.Path).ExecuteScalar() is long n && n > 0;
        foreach (var spelling in merge.Spellings.Where(s => s != merge.Path).OrderByDescending(s => IsFileOf(s, keep)))
        {
            if (target)
            {
                Bind(Command("DELETE FROM files WHERE path = $path"), "$path", spelling).ExecuteNonQuery();
            }
            else
            {
                target = Bind(Bind(Command("UPDATE files SET path = $to WHERE path = $path"), "$to", merge.Path), "$path", spelling).ExecuteNonQuery() > 0;
            }
        }
    }

    private bool IsFileOf(string path, long? article) =>
        article is { } id && Bind(Bind(Command("SELECT count(*) FROM files WHERE path = $path AND article_id = $id"), "$path", path), "$id", id).ExecuteScalar() is long n && n > 0;
}
