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
/// the batch that made them, never held in memory: another ingest's next batch must see them.
/// </summary>
public sealed class PostgresDuplicateIndex : IDuplicateIndex
{
    private static readonly string[] ForgetStatements =
    [
        "DELETE FROM newsingest.dedup_pairs WHERE a = @id OR b = @id",
        "DELETE FROM newsingest.dedup_signatures WHERE article_id = @id",
    ];

    private readonly PostgresArticleStore _store;

    internal PostgresDuplicateIndex(PostgresArticleStore store) => _store = store;

    private NpgsqlCommand Command(string sql) => _store.Command(sql);

    /// <summary>
    /// Forgets an article's keys (those of its previous body, given), signature and pairs before it is
    /// re-fingerprinted; returns its former partners, whose clusters may need rebuilding.
    /// </summary>
    public IReadOnlyList<long> Forget(long id, IEnumerable<ulong> previousKeys) => _store.Guard(() =>
    {
        _store.RequireTransaction();
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
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = Signed(keys) });
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

    /// <summary>Stores an article's signature (its keys go in through <see cref="SaveKeys"/>, batched).</summary>
    public void SaveSignature(long id, Fingerprint fingerprint) => _store.Guard(() =>
    {
        _store.RequireTransaction();
        using var command = Command(
            "INSERT INTO newsingest.dedup_signatures (article_id, signature) VALUES (@id, @signature) " +
            "ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature");
        Bind(command, "id", id);
        command.Parameters.Add(new NpgsqlParameter("signature", NpgsqlDbType.Bytea) { Value = MemoryMarshal.AsBytes(fingerprint.Signature.AsSpan()).ToArray() });
        command.ExecuteNonQuery();
    });

    /// <summary>Writes the batch's keys now, in its transaction: the next batch of any ingest sees them.</summary>
    public void AddKeys(IReadOnlyCollection<long> articles, List<(ulong Key, long Id)> rows) => _store.Guard(() => SaveKeys(rows));

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

    public void SavePair(long a, long b) => _store.Guard(() =>
    {
        using var command = Command("INSERT INTO newsingest.dedup_pairs (a, b) VALUES (@a, @b) ON CONFLICT DO NOTHING");
        Bind(command, "a", Math.Min(a, b));
        Bind(command, "b", Math.Max(a, b));
        command.ExecuteNonQuery();
    });

    /// <summary>Every article connected to <paramref name="id"/> through confirmed pairs, itself included; one statement per step out.</summary>
    public (List<long> Members, List<(long A, long B)> Pairs) Component(long id) => _store.Guard<(List<long>, List<(long, long)>)>(() =>
    {
        var members = new SortedSet<long> { id };
        var pairs = new HashSet<(long, long)>();
        var frontier = new List<long> { id };
        while (frontier.Count > 0)
        {
            using var command = Command("SELECT a, b FROM newsingest.dedup_pairs WHERE a = ANY(@ids) OR b = ANY(@ids)");
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = frontier.ToArray() });
            var next = new List<long>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var (a, b) = (reader.GetInt64(0), reader.GetInt64(1));
                    pairs.Add((a, b));
                    foreach (var member in new[] { a, b })
                    {
                        if (members.Add(member))
                        {
                            next.Add(member);
                        }
                    }
                }
            }

            frontier = next;
        }

        return ([.. members], [.. pairs]);
    });

    /// <summary>What the canonical choice needs about each article.</summary>
    public ClusterMember LoadMember(long id) => _store.Guard(() =>
    {
        using var command = Command(
            "SELECT word_count, (title IS NOT NULL)::int + (published IS NOT NULL)::int + (authors <> '[]')::int + (source IS NOT NULL)::int + " +
            "(dateline IS NOT NULL)::int, published, path FROM newsingest.articles WHERE id = @id");
        Bind(command, "id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"article {id} is not in the store");
        }

        return new ClusterMember(id, reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
    });

    public string LoadBody(long id) => _store.Guard(() =>
    {
        using var command = Command("SELECT body FROM newsingest.articles WHERE id = @id");
        Bind(command, "id", id);
        return command.ExecuteScalar() as string ?? "";
    });

    /// <summary>Records an article's place in its cluster: a link to the canonical, or none for a canonical or a loner.</summary>
    public void SetDuplicateLink(long id, DuplicateLink? link) => _store.Guard(() =>
    {
        using var command = Command(
            "UPDATE newsingest.articles SET duplicate_of = @of, duplicate_kind = @kind, similarity = @similarity, duplicate_reason = @reason " +
            "WHERE id = @id AND (duplicate_of IS DISTINCT FROM @of OR duplicate_kind IS DISTINCT FROM @kind " +
            "OR similarity IS DISTINCT FROM @similarity OR duplicate_reason IS DISTINCT FROM @reason)");
        Bind(command, "id", id);
        command.Parameters.Add(new NpgsqlParameter("of", NpgsqlDbType.Bigint) { Value = link?.DuplicateOf ?? (object)DBNull.Value });
        BindText(command, "kind", link?.Kind.ToContractString());
        command.Parameters.Add(new NpgsqlParameter("similarity", NpgsqlDbType.Double) { Value = link is null ? DBNull.Value : Math.Round(link.Similarity, 4) });
        BindText(command, "reason", link?.Reason);
        command.ExecuteNonQuery();
    });

    private static long[] Signed(IEnumerable<ulong> keys) => [.. keys.Select(k => unchecked((long)k))];
}
