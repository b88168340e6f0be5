namespace NewsIngest.Core.Dedup;

/// <summary>
/// What the duplicate engine (<see cref="DuplicateDetector"/>) keeps between articles and between runs: candidate
/// keys with the articles that have them, signatures, confirmed pairs, and each article's link to its cluster's
/// canonical. A store's index lives in its database (writes join the store's open transaction); an index may hold
/// keys in memory before it writes them, as long as <see cref="LookupKeys"/> sees them.
/// </summary>
public interface IDuplicateIndex
{
    /// <summary>For each of <paramref name="keys"/> that any indexed article has, up to <paramref name="perKey"/> of their ids, lowest first.</summary>
    IReadOnlyDictionary<ulong, List<long>> LookupKeys(IReadOnlyCollection<ulong> keys, int perKey);

    /// <summary>Indexes <paramref name="rows"/>, the keys kept for the batch of <paramref name="articles"/>.</summary>
    void AddKeys(IReadOnlyCollection<long> articles, List<(ulong Key, long Id)> rows);

    /// <summary>Writes keys held in memory; call inside the run's last transaction.</summary>
    void FlushKeys();

    /// <summary>Stores an article's signature.</summary>
    void SaveSignature(long id, Fingerprint fingerprint);

    /// <summary>
    /// Forgets an article's keys (those of its previous body, given), signature and pairs before it is
    /// re-fingerprinted; returns its former partners, whose clusters may need rebuilding.
    /// </summary>
    IReadOnlyList<long> Forget(long id, IEnumerable<ulong> previousKeys);

    /// <summary>Records a confirmed duplicate pair (in either order; repeats are ignored).</summary>
    void SavePair(long a, long b);

    /// <summary>Every article connected to <paramref name="id"/> through confirmed pairs, itself included.</summary>
    (List<long> Members, List<(long A, long B)> Pairs) Component(long id);

    /// <summary>What the canonical choice needs about an indexed article.</summary>
    ClusterMember LoadMember(long id);

    /// <summary>An indexed article's clean body, for confirmation.</summary>
    string LoadBody(long id);

    /// <summary><see cref="LoadMember"/> for each of <paramref name="ids"/>, in order (an index on a server reads them in one statement).</summary>
    IReadOnlyList<ClusterMember> LoadMembers(IReadOnlyList<long> ids) => [.. ids.Select(LoadMember)];

    /// <summary><see cref="LoadBody"/> for each of <paramref name="ids"/>, by id (an index on a server reads them in one statement).</summary>
    IReadOnlyDictionary<long, string> LoadBodies(IReadOnlyCollection<long> ids) => ids.Distinct().ToDictionary(id => id, LoadBody);

    /// <summary>Records an article's place in its cluster: a link to the canonical, or none for a canonical or a loner.</summary>
    void SetDuplicateLink(long id, DuplicateLink? link);

    /// <summary>
    /// Articles whose keys must be (re)computed from their bodies: a run died holding them, or the key settings
    /// changed (see <see cref="DedupOptions.KeySettings"/>). The index records the settings it is given here and,
    /// when they differ from those its keys were made with, drops every key and lists every article.
    /// </summary>
    IReadOnlyList<long> ArticlesWithoutKeys(string keySettings);

    /// <summary>Writes recomputed keys for <paramref name="articles"/> and forgets that they lacked them, in a transaction of its own.</summary>
    void WriteRecoveredKeys(List<(ulong Key, long Id)> rows, IReadOnlyCollection<long> articles);
}
