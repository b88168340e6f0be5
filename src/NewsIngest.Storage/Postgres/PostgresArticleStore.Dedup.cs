using System.Runtime.InteropServices;
using NewsIngest.Core.Dedup;
using Npgsql;
using NpgsqlTypes;

namespace NewsIngest.Storage.Postgres;

/// <summary>
/// The duplicate-detection state, as in the SQLite store: candidate keys (64-bit, stored as signed bigint),
/// signatures and confirmed pairs; clusters are the connected components of the pairs. Every statement runs inside a
/// write transaction that holds the writer lock (see <see cref="Begin"/>).
/// </summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>
    /// Forgets an article's keys (those of its previous body, given), signature and pairs before it is
    /// re-fingerprinted; returns its former partners, whose clusters may need rebuilding.
    /// </summary>
    public List<long> ForgetDedupState(long id, IEnumerable<ulong> previousKeys)
    {
        RequireTransaction();
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

        foreach (var sql in new[] { "DELETE FROM newsingest.dedup_pairs WHERE a = @id OR b = @id", "DELETE FROM newsingest.dedup_signatures WHERE article_id = @id" })
        {
            using var command = Command(sql);
            Bind(command, "id", id);
            command.ExecuteNonQuery();
        }

        return partners;
    }

    /// <summary>For each of <paramref name="keys"/>, up to <paramref name="perKey"/> lowest ids of stored articles that have it: one statement for all.</summary>
    public Dictionary<ulong, List<long>> LookupKeys(IReadOnlyCollection<ulong> keys, int perKey)
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
    }

    /// <summary>Stores an article's signature (its keys go in through <see cref="SaveKeys"/>, batched).</summary>
    public void SaveSignature(long id, Fingerprint fingerprint)
    {
        RequireTransaction();
        using var command = Command(
            "INSERT INTO newsingest.dedup_signatures (article_id, signature) VALUES (@id, @signature) " +
            "ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature");
        Bind(command, "id", id);
        command.Parameters.Add(new NpgsqlParameter("signature", NpgsqlDbType.Bytea) { Value = MemoryMarshal.AsBytes(fingerprint.Signature.AsSpan()).ToArray() });
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts (key, article) rows, sorted by key, in one statement per 50,000 rows; rows already there are kept.</summary>
    public void SaveKeys(List<(ulong Key, long Id)> rows)
    {
        RequireTransaction();
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
    /// Always true: other ingests may store keys at any moment, so a run never assumes the keys it finds are its own
    /// (the SQLite store's filter over a run's own flushed keys would miss theirs).
    /// </summary>
    public bool HasDedupKeys()
    {
        RequireWritable();
        return true;
    }

    /// <summary>Lists articles whose keys are not written yet.</summary>
    public void MarkUnkeyed(IEnumerable<long> ids)
    {
        RequireTransaction();
        using var command = Command("INSERT INTO newsingest.dedup_unkeyed (article_id) SELECT unnest(@ids) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
        command.ExecuteNonQuery();
    }

    /// <summary>Articles listed by <see cref="MarkUnkeyed"/> whose keys were never written.</summary>
    public List<long> UnkeyedArticles()
    {
        using var command = Command(
            "SELECT u.article_id FROM newsingest.dedup_unkeyed u JOIN newsingest.articles a ON a.id = u.article_id ORDER BY u.article_id");
        return ReadLongs(command);
    }

    /// <summary>Forgets the listed articles (all of them when none are given): their keys are written.</summary>
    public void ClearUnkeyed(IReadOnlyCollection<long>? ids = null)
    {
        RequireTransaction();
        if (ids is null)
        {
            // Only this transaction's own: another writer's listed articles are not ours to clear, and under the
            // writer lock every article listed by a committed batch had its keys written in that same batch.
            Execute("DELETE FROM newsingest.dedup_unkeyed");
            return;
        }

        using var command = Command("DELETE FROM newsingest.dedup_unkeyed WHERE article_id = ANY(@ids)");
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
        command.ExecuteNonQuery();
    }

    public void SavePair(long a, long b)
    {
        using var command = Command("INSERT INTO newsingest.dedup_pairs (a, b) VALUES (@a, @b) ON CONFLICT DO NOTHING");
        Bind(command, "a", Math.Min(a, b));
        Bind(command, "b", Math.Max(a, b));
        command.ExecuteNonQuery();
    }

    /// <summary>Every article connected to <paramref name="id"/> through confirmed pairs, itself included; one statement per step out.</summary>
    public (List<long> Members, List<(long A, long B)> Pairs) Component(long id)
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
    }

    /// <summary>What the canonical choice needs about each article.</summary>
    public ClusterMember LoadMember(long id)
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
    }

    public string LoadBody(long id)
    {
        using var command = Command("SELECT body FROM newsingest.articles WHERE id = @id");
        Bind(command, "id", id);
        return command.ExecuteScalar() as string ?? "";
    }

    /// <summary>Records an article's place in its cluster: a link to the canonical, or none for a canonical or a loner.</summary>
    public void SetDuplicateLink(long id, DuplicateLink? link)
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
    }

    private static long[] Signed(IEnumerable<ulong> keys) => [.. keys.Select(k => unchecked((long)k))];
}
