using System.Runtime.InteropServices;
using NewsIngest.Core.Dedup;
using Npgsql;
using NpgsqlTypes;
using static NewsIngest.Storage.Postgres.PostgresArticleStore;

namespace NewsIngest.Storage.Postgres;

/// <summary>
/// The duplicate index of the PostgreSQL store, in its database: candidate keys (64-bit, stored as signed bigint),
/// signatures and confirmed pairs; clusters are the connected components of the pairs. Every write joins the store's
/// transaction, which holds the writer lock (see <see cref="PostgresArticleStore.Begin"/>), and keys are written in
/// the batch that made them, never held in memory: another ingest's next batch must see them. Signatures, pairs and
/// cluster links are held back and written a batch at a time, in a statement each (see <see cref="WritePending"/>):
/// before anything reads them, and before the commit.
/// </summary>
public sealed class PostgresDuplicateIndex : IDuplicateIndex
{
    private static readonly string[] ForgetStatements =
    [
        "DELETE FROM newsingest.dedup_pairs WHERE a = @id OR b = @id",
        "DELETE FROM newsingest.dedup_signatures WHERE article_id = @id",
    ];

    private readonly PostgresArticleStore _store;

    // Writes held back until the next statement that may read them: by article id, last write kept.
    private readonly Dictionary<long, byte[]> _signatures = [];
    private readonly HashSet<(long A, long B)> _pairs = [];
    private readonly Dictionary<long, DuplicateLink?> _links = [];

    internal PostgresDuplicateIndex(PostgresArticleStore store) => _store = store;

    private NpgsqlCommand Command(string sql) => _store.RawCommand(sql);

    /// <summary>
    /// Writes the signatures and pairs held back (and the cluster links, with <paramref name="links"/>), one statement
    /// each. The store calls it before each of its own statements and before a commit; the index before it reads pairs.
    /// </summary>
    internal void WritePending(bool links)
    {
        if (_signatures.Count > 0)
        {
            using var command = Command(
                "INSERT INTO newsingest.dedup_signatures (article_id, signature) SELECT * FROM unnest(@ids, @signatures) " +
                "ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature");
            AddArray(command, "ids", NpgsqlDbType.Bigint, _signatures.Keys.ToArray());
            AddArray(command, "signatures", NpgsqlDbType.Bytea, _signatures.Values.ToArray());
            command.ExecuteNonQuery();
            _signatures.Clear();
        }

        if (_pairs.Count > 0)
        {
            using var command = Command("INSERT INTO newsingest.dedup_pairs (a, b) SELECT * FROM unnest(@a, @b) ON CONFLICT DO NOTHING");
            AddArray(command, "a", NpgsqlDbType.Bigint, _pairs.Select(p => p.A).ToArray());
            AddArray(command, "b", NpgsqlDbType.Bigint, _pairs.Select(p => p.B).ToArray());
            command.ExecuteNonQuery();
            _pairs.Clear();
        }

        if (links && _links.Count > 0)
        {
            // Rows whose link is already the one given are left alone (no new row version, no index update).
            using var command = Command(
                "UPDATE newsingest.articles a SET duplicate_of = u.target, duplicate_kind = u.kind, similarity = u.similarity, duplicate_reason = u.reason " +
                "FROM unnest(@ids, @targets, @kinds, @similarities, @reasons) AS u(id, target, kind, similarity, reason) " +
                "WHERE a.id = u.id AND (a.duplicate_of IS DISTINCT FROM u.target OR a.duplicate_kind IS DISTINCT FROM u.kind " +
                "OR a.similarity IS DISTINCT FROM u.similarity OR a.duplicate_reason IS DISTINCT FROM u.reason)");
            var rows = _links.ToList();
            AddArray(command, "ids", NpgsqlDbType.Bigint, rows.Select(r => r.Key).ToArray());
            AddArray(command, "targets", NpgsqlDbType.Bigint, rows.Select(r => r.Value?.DuplicateOf).ToArray());
            AddArray(command, "kinds", NpgsqlDbType.Text, rows.Select(r => r.Value?.Kind.ToContractString()).ToArray());
            AddArray(command, "similarities", NpgsqlDbType.Double, rows.Select(r => r.Value is { } link ? Math.Round(link.Similarity, 4) : (double?)null).ToArray());
            AddArray(command, "reasons", NpgsqlDbType.Text, rows.Select(r => r.Value?.Reason).ToArray());
            command.ExecuteNonQuery();
            _links.Clear();
        }
    }

    /// <summary>Forgets the writes held back: their transaction was rolled back.</summary>
    internal void DiscardPending()
    {
        _signatures.Clear();
        _pairs.Clear();
        _links.Clear();
    }

    /// <summary>Outside a transaction nothing is held back: each write commits at once, as before.</summary>
    private void WriteNowUnlessInTransaction()
    {
        if (!_store.InTransaction)
        {
            WritePending(links: true);
        }
    }

    /// <summary>
    /// Forgets an article's keys (those of its previous body, given), signature and pairs before it is
    /// re-fingerprinted; returns its former partners, whose clusters may need rebuilding.
    /// </summary>
    public IReadOnlyList<long> Forget(long id, IEnumerable<ulong> previousKeys) => _store.Guard(() =>
    {
        _store.RequireTransaction();
        WritePending(links: false);
        List<long> partners;
        using (var select = Command("SELECT b FROM newsingest.dedup_pairs WHERE a = @id UNION SELECT a FROM newsingest.dedup_pairs WHERE b = @id"))
        {
            Bind(select, "id", id);
            partners = ReadLongs(select);
        }

        using (var deleteKeys = Command("DELETE FROM newsingest.dedup_keys WHERE article_id = @id AND key = ANY(@keys)"))
        {
            Bind(deleteKeys, "id", id);
            deleteKeys.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = Signed(previousKeys) });
            deleteKeys.ExecuteNonQuery();
        }

        foreach (var sql in ForgetStatements)
        {
            using var command = Command(sql);
            Bind(command, "id", id);
            command.ExecuteNonQuery();
        }

        return partners;
    });

    /// <summary>For each of <paramref name="keys"/>, up to <paramref name="perKey"/> lowest ids of stored articles that have it: one statement for all.</summary>
    public IReadOnlyDictionary<ulong, List<long>> LookupKeys(IReadOnlyCollection<ulong> keys, int perKey) => _store.Guard(() =>
    {
        var result = new Dictionary<ulong, List<long>>();
        if (keys.Count == 0)
        {
            return result;
        }

        using var command = Command(
            "SELECT k.key, h.article_id FROM unnest(@keys) AS k(key) CROSS JOIN LATERAL " +
            "(SELECT article_id FROM newsingest.dedup_keys d WHERE d.key = k.key ORDER BY article_id LIMIT @per) h");
        // In key order: neighbouring keys share index pages.
        var sorted = Signed(keys);
        Array.Sort(sorted);
        AddArray(command, "keys", NpgsqlDbType.Bigint, sorted);
        Bind(command, "per", perKey);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = unchecked((ulong)reader.GetInt64(0));
            if (!result.TryGetValue(key, out var ids))
            {
                ids = [];
                result[key] = ids;
            }

            ids.Add(reader.GetInt64(1));
        }

        return result;
    });

    /// <summary>Stores an article's signature (held back, see <see cref="WritePending"/>; its keys go in through <see cref="SaveKeys"/>, batched).</summary>
    public void SaveSignature(long id, Fingerprint fingerprint) => _store.Guard(() =>
    {
        _store.RequireTransaction();
        _signatures[id] = MemoryMarshal.AsBytes(fingerprint.Signature.AsSpan()).ToArray();
    });

    /// <summary>Writes the batch's keys now, in its transaction: the next batch of any ingest sees them.</summary>
    public void AddKeys(IReadOnlyCollection<long> articles, List<(ulong Key, long Id)> rows) => _store.Guard(() =>
    {
        WritePending(links: false);
        SaveKeys(rows);
    });

    /// <summary>Nothing is held in memory: <see cref="AddKeys"/> wrote every key.</summary>
    public void FlushKeys() => _store.RequireTransaction();

    /// <summary>Inserts (key, article) rows, sorted by key, in one statement per 50,000 rows; rows already there are kept.</summary>
    private void SaveKeys(List<(ulong Key, long Id)> rows)
    {
        _store.RequireTransaction();
        if (rows.Count == 0)
        {
            return;
        }

        rows.Sort();
        const int chunk = 50_000;
        for (var start = 0; start < rows.Count; start += chunk)
        {
            var part = rows.GetRange(start, Math.Min(chunk, rows.Count - start));
            using var command = Command(
                "INSERT INTO newsingest.dedup_keys (key, article_id) SELECT * FROM unnest(@keys, @ids) ON CONFLICT DO NOTHING");
            command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = part.Select(r => unchecked((long)r.Key)).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = part.Select(r => r.Id).ToArray() });
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Articles whose keys must be recomputed: every article when the key settings differ from those the stored keys
    /// were made with (recorded in <c>settings</c>; the keys are dropped in the same transaction), else none — a
    /// batch's keys are committed with the batch, so a killed run leaves no article without them.
    /// </summary>
    public IReadOnlyList<long> ArticlesWithoutKeys(string keySettings) => _store.Guard(() =>
    {
        _store.Begin();
        try
        {
            string? recorded;
            using (var select = Command("SELECT value FROM newsingest.settings WHERE name = 'dedup_keys'"))
            {
                recorded = select.ExecuteScalar() as string;
            }

            if (recorded != keySettings)
            {
                if (recorded is not null)
                {
                    using var drop = Command(
                        "DELETE FROM newsingest.dedup_keys; INSERT INTO newsingest.dedup_unkeyed (article_id) SELECT id FROM newsingest.articles ON CONFLICT DO NOTHING");
                    drop.ExecuteNonQuery();
                }

                using var record = Command(
                    "INSERT INTO newsingest.settings (name, value) VALUES ('dedup_keys', @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value");
                record.Parameters.AddWithValue("value", keySettings);
                record.ExecuteNonQuery();
            }

            using var unkeyed = Command(
                "SELECT u.article_id FROM newsingest.dedup_unkeyed u JOIN newsingest.articles a ON a.id = u.article_id ORDER BY u.article_id");
            var ids = ReadLongs(unkeyed);
            _store.Commit();
            return ids;
        }
        catch
        {
            _store.Rollback();
            throw;
        }
    });

    /// <summary>Writes recomputed keys and forgets that the articles lacked them, in a transaction of its own.</summary>
    public void WriteRecoveredKeys(List<(ulong Key, long Id)> rows, IReadOnlyCollection<long> articles) => _store.Guard(() =>
    {
        _store.Begin();
        try
        {
            SaveKeys(rows);
            using var command = Command("DELETE FROM newsingest.dedup_unkeyed WHERE article_id = ANY(@ids)");
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = articles.ToArray() });
            command.ExecuteNonQuery();
            _store.Commit();
        }
        catch
        {
            _store.Rollback();
            throw;
        }
    });

    /// <summary>Records a confirmed pair (held back, see <see cref="WritePending"/>).</summary>
    public void SavePair(long a, long b) => _store.Guard(() =>
    {
        _pairs.Add((Math.Min(a, b), Math.Max(a, b)));
        WriteNowUnlessInTransaction();
    });

    /// <summary>Every article connected to <paramref name="id"/> through confirmed pairs, itself included, and their pairs: one statement.</summary>
    public (List<long> Members, List<(long A, long B)> Pairs) Component(long id) => _store.Guard<(List<long>, List<(long, long)>)>(() =>
    {
        WritePending(links: false);
        var members = new SortedSet<long> { id };
        var pairs = new List<(long, long)>();
        using var command = Command(
            "WITH RECURSIVE c(id) AS (SELECT @id::bigint UNION SELECT CASE WHEN p.a = c.id THEN p.b ELSE p.a END " +
            "FROM newsingest.dedup_pairs p JOIN c ON p.a = c.id OR p.b = c.id) " +
            "SELECT p.a, p.b FROM newsingest.dedup_pairs p WHERE p.a IN (SELECT id FROM c)");
        Bind(command, "id", id);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (a, b) = (reader.GetInt64(0), reader.GetInt64(1));
            pairs.Add((a, b));
            members.Add(a);
            members.Add(b);
        }

        return ([.. members], pairs);
    });

    /// <summary>What the canonical choice needs about each article.</summary>
    public ClusterMember LoadMember(long id) => LoadMembers([id])[0];

    /// <summary>What the canonical choice needs about each of <paramref name="ids"/>, in order: one statement.</summary>
    public IReadOnlyList<ClusterMember> LoadMembers(IReadOnlyList<long> ids) => _store.Guard(() =>
    {
        using var command = Command(
            "SELECT id, word_count, (title IS NOT NULL)::int + (published IS NOT NULL)::int + (authors <> '[]')::int + (source IS NOT NULL)::int + " +
            "(dateline IS NOT NULL)::int, published, path FROM newsingest.articles WHERE id = ANY(@ids)");
        AddArray(command, "ids", NpgsqlDbType.Bigint, ids.ToArray());
        var found = new Dictionary<long, ClusterMember>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                found[id] = new ClusterMember(id, reader.GetInt32(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4));
            }
        }

        return (IReadOnlyList<ClusterMember>)[.. ids.Select(id => found.TryGetValue(id, out var member) ? member : throw new InvalidOperationException($"article {id} is not in the store"))];
    });

    public string LoadBody(long id) => LoadBodies([id]).GetValueOrDefault(id, "");

    /// <summary>The clean bodies of <paramref name="ids"/> that are stored, by id: one statement.</summary>
    public IReadOnlyDictionary<long, string> LoadBodies(IReadOnlyCollection<long> ids) => _store.Guard(() =>
    {
        var bodies = new Dictionary<long, string>();
        if (ids.Count == 0)
        {
            return bodies;
        }

        using var command = Command("SELECT id, body FROM newsingest.articles WHERE id = ANY(@ids)");
        AddArray(command, "ids", NpgsqlDbType.Bigint, ids.ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            bodies[reader.GetInt64(0)] = reader.GetString(1);
        }

        return bodies;
    });

    /// <summary>Records an article's place in its cluster: a link to the canonical, or none for a canonical or a loner (held back, see <see cref="WritePending"/>).</summary>
    public void SetDuplicateLink(long id, DuplicateLink? link) => _store.Guard(() =>
    {
        _links[id] = link;
        WriteNowUnlessInTransaction();
    });

    private static long[] Signed(IEnumerable<ulong> keys) => [.. keys.Select(k => unchecked((long)k))];
}
