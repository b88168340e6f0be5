using Microsoft.Data.Sqlite;
using NewsIngest.Core.Dedup;
using static NewsIngest.Storage.Sqlite.SqliteSession;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// The SQLite duplicate index. A run's own keys are held in memory (<see cref="PendingKeys"/>) and written in large
/// sorted runs: keys are 64-bit hashes, so each batch's rows land all over the key b-tree, and written batch by batch
/// they dirtied nearly every page of it on every commit. The articles whose keys are not written yet are listed in
/// <c>dedup_unkeyed</c>, so a run that dies is completed by the next.
/// </summary>
internal sealed class SqliteDuplicateIndex(SqliteSession session, SqliteRunsAndFiles runs) : IDuplicateIndex, IDisposable
{
    /// <summary>Pending rows at which they are written out: about 14,000 articles' keys, some 40 MB of memory.</summary>
    public const int DefaultFlushRows = 1_000_000;

    /// <summary>
    /// The key settings of stores whose runs did not record theirs: migration 6 re-keyed every store to these, and
    /// no run before the settings were recorded made keys any other way.
    /// </summary>
    internal const string UnrecordedKeySettings = "shingles 3, permutations 128, bands 32, anchor spacing 32";

    private readonly PendingKeys _pending = new();

    private readonly SqliteKeyStatements _statements = new(session);

    // When the store had no keys before this run, every stored key is one this run flushed: a filter over those
    // (made at the first flush) spares the index probes for all the rest. Null until the run's first look-up.
    private bool? _storeHadKeys;
    private KeyFilter? _flushed;

    /// <summary>Pending rows at which they are written out; tests lower it.</summary>
    internal int FlushRows { get; set; } = DefaultFlushRows;

    /// <summary>Up to <paramref name="perKey"/> articles per key: from the store, then from this run's pending keys.</summary>
    public IReadOnlyDictionary<ulong, List<long>> LookupKeys(IReadOnlyCollection<ulong> keys, int perKey) => Guard(() =>
    {
        _storeHadKeys ??= HasDedupKeys();
        var probe = _storeHadKeys.Value ? keys : _flushed is null ? [] : keys.Where(_flushed.MightContain).ToHashSet();
        var found = probe.Count == 0 ? [] : _statements.Probe(probe, perKey);
        if (_pending.Count == 0)
        {
            return found;
        }

        foreach (var key in keys)
        {
            _pending.CopyTo(key, found, perKey);
        }

        return found;
    });

    public void AddKeys(IReadOnlyCollection<long> articles, List<(ulong Key, long Id)> rows) => Guard(() =>
    {
        _storeHadKeys ??= HasDedupKeys();
        foreach (var (key, id) in rows)
        {
            _pending.Add(key, id);
        }

        MarkUnkeyed(articles);
        if (_pending.Count >= FlushRows)
        {
            Flush();
        }
    });

    public void FlushKeys() => Guard(Flush);

    public void SaveSignature(long id, Fingerprint fingerprint) => Guard(() => _statements.WriteSignature(id, fingerprint));

    public IReadOnlyList<long> Forget(long id, IEnumerable<ulong> previousKeys) => Guard(() => ForgetDedupState(id, previousKeys));

    public void SavePair(long a, long b) => Guard(() => WritePair(a, b));

    public (List<long> Members, List<(long A, long B)> Pairs) Component(long id) => Guard(() => ReadComponent(id));

    public ClusterMember LoadMember(long id) => Guard(() => ReadMember(id));

    public string LoadBody(long id) => Guard(() => ReadBody(id));

    public void SetDuplicateLink(long id, DuplicateLink? link) => Guard(() => WriteDuplicateLink(id, link));

    public IReadOnlyList<long> ArticlesWithoutKeys(string keySettings) => Guard(() =>
    {
        var recorded = runs.LatestRunOptions() is { } json ? RecordedRunOptions.Parse(json).DedupKeys ?? UnrecordedKeySettings : null;
        if (recorded is not null && recorded != keySettings)
        {
            // Keys made another way never match the new ones: drop them all and list every article for recovery,
            // in one transaction, so a run that dies half-way through the re-keying leaves the rest listed.
            session.Begin();
            ForgetAllKeys();
            session.Commit();
        }

        return UnkeyedArticles();
    });

    public void WriteRecoveredKeys(List<(ulong Key, long Id)> rows, IReadOnlyCollection<long> articles) => Guard(() =>
    {
        session.Begin();
        _statements.InsertKeys(rows);
        ClearUnkeyed(articles);
        session.Commit();
        _storeHadKeys = null;
    });

    private void Flush()
    {
        var rows = _pending.Drain();
        _statements.InsertKeys(rows);
        ClearUnkeyed();
        if (_storeHadKeys == false)
        {
            _flushed ??= new KeyFilter();
            foreach (var (key, _) in rows)
            {
                _flushed.Add(key);
            }
        }
    }

    private T Guard<T>(Func<T> call) => session.Guard(call);

    private void Guard(Action call) => session.Guard(call);

    /// <summary>Finalizes the statements this index keeps prepared.</summary>
    public void Dispose() => _statements.Dispose();

    /// <summary>
    /// Forgets an article's keys (those of its previous body, given), signature and pairs before it is
    /// re-fingerprinted; returns its former partners, whose clusters may need rebuilding.
    /// </summary>
    private List<long> ForgetDedupState(long id, IEnumerable<ulong> previousKeys)
    {
        session.RequireTransaction();
        var partners = Longs("SELECT b FROM dedup_pairs WHERE a = $id UNION SELECT a FROM dedup_pairs WHERE b = $id", id);
        var deleteKey = session.Command("DELETE FROM dedup_keys WHERE key = $key AND article_id = $id");
        Bind(deleteKey, "$id", id);
        var key = deleteKey.Parameters.AddWithValue("$key", 0L);
        foreach (var k in previousKeys)
        {
            key.Value = unchecked((long)k);
            deleteKey.ExecuteNonQuery();
        }

        foreach (var sql in new[] { "DELETE FROM dedup_pairs WHERE a = $id OR b = $id", "DELETE FROM dedup_signatures WHERE article_id = $id" })
        {
            var command = session.Command(sql);
            Bind(command, "$id", id);
            command.ExecuteNonQuery();
        }

        return partners;
    }

    /// <summary>Whether any article's keys are stored.</summary>
    private bool HasDedupKeys() => session.Scalar<long>("SELECT EXISTS (SELECT 1 FROM dedup_keys)") != 0;

    /// <summary>Lists articles whose keys are held in memory by the running ingest, not yet in <c>dedup_keys</c>.</summary>
    private void MarkUnkeyed(IEnumerable<long> ids)
    {
        session.RequireTransaction();
        var insert = session.Command("INSERT OR IGNORE INTO dedup_unkeyed (article_id) SELECT value FROM json_each($ids)");
        var list = ids.Order().ToList();
        Bind(insert, "$ids", JsonIntegers(list, list.Count));
        insert.ExecuteNonQuery();
    }

    /// <summary>Articles listed by <see cref="MarkUnkeyed"/> whose keys were never written: a run died holding them.</summary>
    /// <remarks>
    /// EXISTS, not IN: with IN, SQLite walked every row of <c>articles</c> and probed the (nearly always empty) list
    /// for each, reading the whole table at the start of every ingest.
    /// </remarks>
    private List<long> UnkeyedArticles() =>
        ReadLongs(session.Command("SELECT u.article_id FROM dedup_unkeyed u WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = u.article_id) ORDER BY u.article_id"));

    /// <summary>Forgets the listed articles (all of them when none are given): their keys are written.</summary>
    private void ClearUnkeyed(IReadOnlyCollection<long>? ids = null)
    {
        session.RequireTransaction();
        if (ids is null)
        {
            session.Execute("DELETE FROM dedup_unkeyed");
            return;
        }

        var delete = session.Command("DELETE FROM dedup_unkeyed WHERE article_id IN (SELECT value FROM json_each($ids))");
        Bind(delete, "$ids", JsonIntegers(ids, ids.Count));
        delete.ExecuteNonQuery();
    }

    private void WritePair(long a, long b)
    {
        var command = session.Command("INSERT OR IGNORE INTO dedup_pairs (a, b) VALUES ($a, $b)");
        Bind(command, "$a", Math.Min(a, b));
        Bind(command, "$b", Math.Max(a, b));
        command.ExecuteNonQuery();
    }

    /// <summary>Every article connected to <paramref name="id"/> through confirmed pairs, itself included.</summary>
    private (List<long> Members, List<(long A, long B)> Pairs) ReadComponent(long id) =>
        PairGraph.Component(id, current => Longs("SELECT b FROM dedup_pairs WHERE a = $id UNION SELECT a FROM dedup_pairs WHERE b = $id", current));

    /// <summary>What the canonical choice needs about each article.</summary>
    private ClusterMember ReadMember(long id)
    {
        var command = session.Command(
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

    private string ReadBody(long id)
    {
        var command = session.Command("SELECT body FROM articles WHERE id = $id");
        Bind(command, "$id", id);
        return command.ExecuteScalar() as string ?? "";
    }

    /// <summary>Records an article's place in its cluster: a link to the canonical, or none for a canonical or a loner.</summary>
    private void WriteDuplicateLink(long id, DuplicateLink? link)
    {
        var command = session.Command(
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
    private void ForgetAllKeys()
    {
        session.RequireTransaction();
        session.Execute("DELETE FROM dedup_keys");
        session.Execute("INSERT OR IGNORE INTO dedup_unkeyed (article_id) SELECT id FROM articles");
    }

    private List<long> Longs(string sql, long id)
    {
        var command = session.Command(sql);
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
