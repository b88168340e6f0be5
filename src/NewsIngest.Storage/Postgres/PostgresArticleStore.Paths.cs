using Npgsql;
using NpgsqlTypes;

namespace NewsIngest.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    private static readonly string[] FoldStatements =
    [
        "UPDATE newsingest.articles SET duplicate_of = @keep WHERE duplicate_of = @id",
        "UPDATE newsingest.files SET article_id = @keep WHERE article_id = @id",
        "INSERT INTO newsingest.dedup_pairs (a, b) SELECT least(@keep, x), greatest(@keep, x) FROM " +
            "(SELECT b AS x FROM newsingest.dedup_pairs WHERE a = @id UNION SELECT a FROM newsingest.dedup_pairs WHERE b = @id) p " +
            "WHERE x <> @keep ON CONFLICT DO NOTHING",
        "DELETE FROM newsingest.dedup_pairs WHERE a = @id OR b = @id",
        "DELETE FROM newsingest.dedup_signatures WHERE article_id = @id",
        "DELETE FROM newsingest.dedup_unkeyed WHERE article_id = @id",
        "DELETE FROM newsingest.articles WHERE id = @id",
    ];

    /// <inheritdoc/>
    public int MergePathSpellings(IReadOnlyList<PathSpellings> merges) => Guard(() =>
    {
        RequireTransaction();
        var removed = new List<long>();
        foreach (var merge in merges)
        {
            var paths = merge.Spellings.Prepend(merge.Path).Distinct(StringComparer.Ordinal).ToArray();
            var rows = new List<(long Id, bool Canonical)>();
            using (var select = Command("SELECT id, duplicate_of IS NULL FROM newsingest.articles WHERE path = ANY(@paths)"))
            {
                select.Parameters.Add(new NpgsqlParameter("paths", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = paths });
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    rows.Add((reader.GetInt64(0), reader.GetBoolean(1)));
                }
            }

            var keep = rows.Count == 0 ? (long?)null : (rows.Where(r => r.Canonical).Select(r => (long?)r.Id).Min() ?? rows.Min(r => r.Id));
            foreach (var other in rows.Where(r => r.Id != keep))
            {
                foreach (var sql in FoldStatements)
                {
                    using var command = Command(sql);
                    Bind(command, "keep", keep!.Value);
                    Bind(command, "id", other.Id);
                    command.ExecuteNonQuery();
                }

                removed.Add(other.Id);
            }

            if (keep is { } kept)
            {
                using (var self = Command("UPDATE newsingest.articles SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL, duplicate_reason = NULL WHERE id = @id AND duplicate_of = @id"))
                {
                    Bind(self, "id", kept);
                    self.ExecuteNonQuery();
                }

                using var rename = Command("UPDATE newsingest.articles SET path = @path WHERE id = @id");
                Bind(rename, "path", merge.Path);
                Bind(rename, "id", kept);
                rename.ExecuteNonQuery();
            }

            MergeFileRows(merge, keep);
        }

        if (removed.Count > 0)
        {
            // One pass over the keys for every article removed: the key table has no index by article.
            using var keys = Command("DELETE FROM newsingest.dedup_keys WHERE article_id = ANY(@ids)");
            keys.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = removed.ToArray() });
            keys.ExecuteNonQuery();
        }

        return removed.Count;
    });

    /// <summary>One file row under the absolute path: the one already there, else the spelling that led to the article kept.</summary>
    private void MergeFileRows(PathSpellings merge, long? keep)
    {
        bool Exists(string sql, string path)
        {
            using var command = Command(sql);
            Bind(command, "path", path);
            Bind(command, "id", keep ?? -1L);
            return command.ExecuteScalar() is not null;
        }

        var target = Exists("SELECT 1 FROM newsingest.files WHERE path = @path AND @id = @id", merge.Path);
        var spellings = merge.Spellings.Where(s => s != merge.Path)
            .OrderByDescending(s => Exists("SELECT 1 FROM newsingest.files WHERE path = @path AND article_id = @id", s)).ToList();
        foreach (var spelling in spellings)
        {
            using var command = Command(target ? "DELETE FROM newsingest.files WHERE path = @path" : "UPDATE newsingest.files SET path = @to WHERE path = @path");
            Bind(command, "path", spelling);
            if (!target)
            {
                Bind(command, "to", merge.Path);
            }

            var changed = command.ExecuteNonQuery() > 0;
            target = target || changed;
        }
    }
}
