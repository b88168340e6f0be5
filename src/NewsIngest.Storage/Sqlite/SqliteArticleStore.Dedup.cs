using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using NewsIngest.Core.Dedup;
using SQLitePCL;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// The duplicate-detection state: candidate keys (64-bit, stored as signed integers), signatures, and confirmed
/// pairs. Clusters are the connected components of the pairs; the links in <c>articles</c> are derived from them.
/// </summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// Forgets an article's keys (those of its previous body, given), signature and pairs before it is
    /// re-fingerprinted; returns its former partners, whose clusters may need rebuilding.
    /// </summary>
    internal List<long> ForgetDedupState(long id, IEnumerable<ulong> previousKeys)
    {
        RequireTransaction();
        var partners = Longs("SELECT b FROM dedup_pairs WHERE a = $id UNION SELECT a FROM dedup_pairs WHERE b = $id", id);
        var deleteKey = Command("DELETE FROM dedup_keys WHERE key = $key AND article_id = $id");
        Bind(deleteKey, "$id", id);
        var key = deleteKey.Parameters.AddWithValue("$key", 0L);
        foreach (var k in previousKeys)
        {
            key.Value = unchecked((long)k);
            deleteKey.ExecuteNonQuery();
        }

        foreach (var sql in new[] { "DELETE FROM dedup_pairs WHERE a = $id OR b = $id", "DELETE FROM dedup_signatures WHERE article_id = $id" })
        {
            var command = Command(sql);
            Bind(command, "$id", id);
            command.ExecuteNonQuery();
        }

        return partners;
    }

    /// <summary>
    /// For each of <paramref name="keys"/>, up to <paramref name="perKey"/> ids of stored articles that have it: one
    /// probe of the key index each, through SQLite's statement API (a few hundred thousand probes in a large run). With
    /// the multi-row key inserts, this took the duplicate stage of 100,000 files from 10.8 s (keys as one JSON list
    /// joined through <c>json_each</c>) to 8.9-9.1 s.
    /// </summary>
    internal Dictionary<ulong, List<long>> LookupKeys(IReadOnlyCollection<ulong> keys, int perKey)
    {
        var result = new Dictionary<ulong, List<long>>();
        if (keys.Count == 0)
        {
            return result;
        }

        var database = Handle;
        Check(raw.sqlite3_prepare_v2(database, "SELECT article_id FROM dedup_keys WHERE key = ?1 LIMIT ?2", out var statement), database);
        using (statement)
        {
            raw.sqlite3_bind_int64(statement, 2, perKey);
            foreach (var key in keys)
            {
                raw.sqlite3_bind_int64(statement, 1, unchecked((long)key));
                List<long>? ids = null;
                int step;
                while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                    ids ??= [];
                    ids.Add(raw.sqlite3_column_int64(statement, 0));
                }

                Check(step, database);
                raw.sqlite3_reset(statement);
                if (ids is not null)
                {
                    result[key] = ids;
                }
            }
        }

        return result;
    }

    /// <summary>Stores an article's signature (its keys go in through <see cref="SaveKeys"/>, batched).</summary>
    internal void SaveSignature(long id, Fingerprint fingerprint)
    {
        RequireTransaction();
        // One per stored article, so through the statement API like the keys: the provider's parameter handling cost
        // more than the insert.
        var database = Handle;
        _saveSignature ??= Prepared(database, "INSERT OR REPLACE INTO dedup_signatures (article_id, signature) VALUES (?1, ?2)");
        try
        {
            raw.sqlite3_bind_int64(_saveSignature, 1, id);
            raw.sqlite3_bind_blob(_saveSignature, 2, MemoryMarshal.AsBytes(fingerprint.Signature.AsSpan()));
            Check(raw.sqlite3_step(_saveSignature), database);
        }
        finally
        {
            // Reset after a failed step too: the statement is kept for the store's life and must be reusable.
            raw.sqlite3_reset(_saveSignature);
        }
    }

    /// <summary>
    /// Inserts (key, article) rows in one statement; sorted by key first, so the b-tree is written in order, page by page.
    /// </summary>
    internal void SaveKeys(List<(ulong Key, long Id)> rows)
    {
        RequireTransaction();
        if (rows.Count == 0)
        {
            return;
        }

        if (!IsSorted(rows))
        {
            rows.Sort();
        }

        // Millions of two-integer rows: through SQLite's own statement API, binding by position, many rows per
        // statement. The provider's per-execution parameter handling (or a JSON text per statement) cost three times
        // the b-tree inserts; 64 rows per statement step and reset once where single rows did it 64 times.
        var database = Handle;
        var done = 0;
        foreach (var size in new[] { KeyRowsPerInsert, 1 })
        {
            var values = string.Join(", ", Enumerable.Range(0, size).Select(i => $"(?{2 * i + 1}, ?{2 * i + 2})"));
            Check(raw.sqlite3_prepare_v2(database, $"INSERT OR IGNORE INTO dedup_keys (key, article_id) VALUES {values}", out var statement), database);
            using (statement)
            {
                for (; done + size <= rows.Count; done += size)
                {
                    for (var i = 0; i < size; i++)
                    {
                        var (key, article) = rows[done + i];
                        raw.sqlite3_bind_int64(statement, 2 * i + 1, unchecked((long)key));
                        raw.sqlite3_bind_int64(statement, 2 * i + 2, article);
                    }

                    Check(raw.sqlite3_step(statement), database);
                    raw.sqlite3_reset(statement);
                }
            }
        }
    }

    private const int KeyRowsPerInsert = 64;

    // Statements of the writer's hottest single-row writes, prepared once; finalized by Dispose.
    private sqlite3_stmt? _saveSignature;

    private static sqlite3_stmt Prepared(sqlite3 database, string sql)
    {
        Check(raw.sqlite3_prepare_v2(database, sql, out var statement), database);
        return statement;
    }

    private sqlite3 Handle => _connection.Handle ?? throw new InvalidOperationException("the connection is closed");

    private static bool IsSorted(List<(ulong Key, long Id)> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i - 1].CompareTo(rows[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(int result, sqlite3 database)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), result, raw.sqlite3_extended_errcode(database));
        }
    }

    /// <summary>A JSON array of integers, for statements that take a whole list through <c>json_each</c>.</summary>
    internal static string JsonIntegers(IEnumerable<long> values, int count)
    {
        var json = new System.Text.StringBuilder(count * 21).Append('[');
        foreach (var value in values)
        {
            json.Append(CultureInfo.InvariantCulture, $"{value},");
        }

        if (json.Length == 1)
        {
            return "[]";
        }

        json[^1] = ']';
        return json.ToString();
    }

    /// <summary>Whether any article's keys are stored.</summary>
    internal bool HasDedupKeys() => Scalar<long>("SELECT EXISTS (SELECT 1 FROM dedup_keys)") != 0;

    /// <summary>Lists articles whose keys are held in memory by the running ingest, not yet in <c>dedup_keys</c>.</summary>
    internal void MarkUnkeyed(IEnumerable<long> ids)
    {
        RequireTransaction();
        var insert = Command("INSERT OR IGNORE INTO dedup_unkeyed (article_id) SELECT value FROM json_each($ids)");
        var list = ids.Order().ToList();
        Bind(insert, "$ids", JsonIntegers(list, list.Count));
        insert.ExecuteNonQuery();
    }

    /// <summary>Articles listed by <see cref="MarkUnkeyed"/> whose keys were never written: a run died holding them.</summary>
    /// <remarks>
    /// EXISTS, not IN: with IN, SQLite walked every row of <c>articles</c> and probed the (nearly always empty) list
    /// for each, reading the whole table at the start of every ingest.
    /// </remarks>
    internal List<long> UnkeyedArticles() =>
        ReadLongs(Command("SELECT u.article_id FROM dedup_unkeyed u WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = u.article_id) ORDER BY u.article_id"));

    /// <summary>Forgets the listed articles (all of them when none are given): their keys are written.</summary>
    internal void ClearUnkeyed(IReadOnlyCollection<long>? ids = null)
    {
        RequireTransaction();
        if (ids is null)
        {
            Execute("DELETE FROM dedup_unkeyed");
            return;
        }

        var delete = Command("DELETE FROM dedup_unkeyed WHERE article_id IN (SELECT value FROM json_each($ids))");
        Bind(delete, "$ids", JsonIntegers(ids, ids.Count));
        delete.ExecuteNonQuery();
    }

    internal void SavePair(long a, long b)
    {
        var command = Command("INSERT OR IGNORE INTO dedup_pairs (a, b) VALUES ($a, $b)");
        Bind(command, "$a", Math.Min(a, b));
        Bind(command, "$b", Math.Max(a, b));
        command.ExecuteNonQuery();
    }

    /// <summary>Every article connected to <paramref name="id"/> through confirmed pairs, itself included.</summary>
    internal (List<long> Members, List<(long A, long B)> Pairs) Component(long id) =>
        PairGraph.Component(id, current => Longs("SELECT b FROM dedup_pairs WHERE a = $id UNION SELECT a FROM dedup_pairs WHERE b = $id", current));

    /// <summary>What the canonical choice needs about each article.</summary>
    internal ClusterMember LoadMember(long id)
    {
        var command = Command(
            "SELECT word_count, (title IS NOT NULL) + (published IS NOT NULL) + (authors <> '[]') + (source IS NOT NULL) + " +
            "(dateline IS NOT NULL), published, path FROM articles WHERE id = $id");
        Bind(command, "$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"article {id} is not in the store");
        }

        return new ClusterMember(id, reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
    }

    internal string LoadBody(long id)
    {
        var command = Command("SELECT body FROM articles WHERE id = $id");
        Bind(command, "$id", id);
        return command.ExecuteScalar() as string ?? "";
    }

    /// <summary>Records an article's place in its cluster: a link to the canonical, or none for a canonical or a loner.</summary>
    internal void SetDuplicateLink(long id, DuplicateLink? link)
    {
        var command = Command(
            "UPDATE articles SET duplicate_of = $of, duplicate_kind = $kind, similarity = $similarity, duplicate_reason = $reason " +
            // An UPDATE rewrites the whole row, body included: members of a cluster whose link did not change are left alone.
            "WHERE id = $id AND (duplicate_of IS NOT $of OR duplicate_kind IS NOT $kind OR similarity IS NOT $similarity OR duplicate_reason IS NOT $reason)");
        Bind(command, "$id", id);
        Bind(command, "$of", link?.DuplicateOf);
        Bind(command, "$kind", link?.Kind.ToContractString());
        Bind(command, "$similarity", link is null ? null : Math.Round(link.Similarity, 4));
        Bind(command, "$reason", link?.Reason);
        command.ExecuteNonQuery();
    }

    /// <summary>Drops every key and lists every article for key recovery: the keys were made under other settings.</summary>
    internal void ForgetAllKeys()
    {
        RequireTransaction();
        Execute("DELETE FROM dedup_keys");
        Execute("INSERT OR IGNORE INTO dedup_unkeyed (article_id) SELECT id FROM articles");
    }

    private List<long> Longs(string sql, long id)
    {
        var command = Command(sql);
        Bind(command, "$id", id);
        return ReadLongs(command);
    }

    private static List<long> ReadLongs(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var result = new List<long>();
        while (reader.Read())
        {
            result.Add(reader.GetInt64(0));
        }

        return result;
    }
}
