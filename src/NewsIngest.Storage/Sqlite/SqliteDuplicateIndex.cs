using Microsoft.Data.Sqlite;
using NewsIngest.Core.Dedup;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// The SQLite duplicate index. A run's own keys are held in memory (<see cref="PendingKeys"/>) and written in large
/// sorted runs: keys are 64-bit hashes, so each batch's rows land all over the key b-tree, and written batch by batch
/// they dirtied nearly every page of it on every commit. The articles whose keys are not written yet are listed in
/// <c>dedup_unkeyed</c>, so a run that dies is completed by the next.
/// </summary>
internal sealed class SqliteDuplicateIndex(SqliteArticleStore store) : IDuplicateIndex
{
    /// <summary>Pending rows at which they are written out: about 14,000 articles' keys, some 40 MB of memory.</summary>
    public const int DefaultFlushRows = 1_000_000;

    /// <summary>
    /// The key settings of stores whose runs did not record theirs: migration 6 re-keyed every store to these, and
    /// no run before the settings were recorded made keys any other way.
    /// </summary>
    internal const string UnrecordedKeySettings = "shingles 3, permutations 128, bands 32, anchor spacing 32";

    private readonly PendingKeys _pending = new();

    // When the store had no keys before this run, every stored key is one this run flushed: a filter over those
    // (made at the first flush) spares the index probes for all the rest. Null until the run's first look-up.
    private bool? _storeHadKeys;
    private KeyFilter? _flushed;

    /// <summary>Pending rows at which they are written out; tests lower it.</summary>
    internal int FlushRows { get; set; } = DefaultFlushRows;

    /// <summary>Up to <paramref name="perKey"/> articles per key: from the store, then from this run's pending keys.</summary>
    public IReadOnlyDictionary<ulong, List<long>> LookupKeys(IReadOnlyCollection<ulong> keys, int perKey) => Guard(() =>
    {
        _storeHadKeys ??= store.HasDedupKeys();
        var probe = _storeHadKeys.Value ? keys : _flushed is null ? [] : keys.Where(_flushed.MightContain).ToHashSet();
        var found = probe.Count == 0 ? [] : store.LookupKeys(probe, perKey);
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
        _storeHadKeys ??= store.HasDedupKeys();
        foreach (var (key, id) in rows)
        {
            _pending.Add(key, id);
        }

        store.MarkUnkeyed(articles);
        if (_pending.Count >= FlushRows)
        {
            Flush();
        }
    });

    public void FlushKeys() => Guard(Flush);

    public void SaveSignature(long id, Fingerprint fingerprint) => Guard(() => store.SaveSignature(id, fingerprint));

    public IReadOnlyList<long> Forget(long id, IEnumerable<ulong> previousKeys) => Guard(() => store.ForgetDedupState(id, previousKeys));

    public void SavePair(long a, long b) => Guard(() => store.SavePair(a, b));

    public (List<long> Members, List<(long A, long B)> Pairs) Component(long id) => Guard(() => store.Component(id));

    public ClusterMember LoadMember(long id) => Guard(() => store.LoadMember(id));

    public string LoadBody(long id) => Guard(() => store.LoadBody(id));

    public void SetDuplicateLink(long id, DuplicateLink? link) => Guard(() => store.SetDuplicateLink(id, link));

    public IReadOnlyList<long> ArticlesWithoutKeys(string keySettings) => Guard(() =>
    {
        var recorded = store.LatestRunOptions() is { } json ? RecordedRunOptions.Parse(json).DedupKeys ?? UnrecordedKeySettings : null;
        if (recorded is not null && recorded != keySettings)
        {
            // Keys made another way never match the new ones: drop them all and list every article for recovery,
            // in one transaction, so a run that dies half-way through the re-keying leaves the rest listed.
            store.Begin();
            store.ForgetAllKeys();
            store.Commit();
        }

        return store.UnkeyedArticles();
    });

    public void WriteRecoveredKeys(List<(ulong Key, long Id)> rows, IReadOnlyCollection<long> articles) => Guard(() =>
    {
        store.Begin();
        store.SaveKeys(rows);
        store.ClearUnkeyed(articles);
        store.Commit();
        _storeHadKeys = null;
    });

    private void Flush()
    {
        var rows = _pending.Drain();
        store.SaveKeys(rows);
        store.ClearUnkeyed();
        if (_storeHadKeys == false)
        {
            _flushed ??= new KeyFilter();
            foreach (var (key, _) in rows)
            {
                _flushed.Add(key);
            }
        }
    }

    private T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (SqliteException ex)
        {
            throw SqliteArticleStore.Translate(ex, store.Path);
        }
    }

    private void Guard(Action call)
    {
        try
        {
            call();
        }
        catch (SqliteException ex)
        {
            throw SqliteArticleStore.Translate(ex, store.Path);
        }
    }
}
