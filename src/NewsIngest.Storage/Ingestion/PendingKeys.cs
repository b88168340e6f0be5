namespace NewsIngest.Storage.Ingestion;

/// <summary>
/// The duplicate keys a run has assigned but not yet written to <c>dedup_keys</c>. Keys are 64-bit hashes, so each
/// batch's rows land all over that b-tree: written batch by batch they dirtied nearly every page of it on every
/// commit, which grew with the store. Held here, they are looked up in memory and written in large sorted runs.
/// </summary>
internal sealed class PendingKeys
{
    // Most keys belong to one article: those cost one entry; the rest keep their further ids in a second map.
    private readonly Dictionary<ulong, long> _first = [];
    private readonly Dictionary<ulong, List<long>> _more = [];

    /// <summary>How many (key, article) rows are held.</summary>
    public int Count { get; private set; }

    public void Add(ulong key, long id)
    {
        Count++;
        if (_first.TryAdd(key, id))
        {
            return;
        }

        if (!_more.TryGetValue(key, out var ids))
        {
            ids = [];
            _more[key] = ids;
        }

        ids.Add(id);
    }

    public bool Contains(ulong key) => _first.ContainsKey(key);

    /// <summary>How many ids are held for <paramref name="key"/>.</summary>
    public int CountOf(ulong key) =>
        !_first.ContainsKey(key) ? 0 : 1 + (_more.TryGetValue(key, out var ids) ? ids.Count : 0);

    /// <summary>Appends the ids held for <paramref name="key"/>, in the order they were added, up to <paramref name="limit"/> in all.</summary>
    public void CopyTo(ulong key, List<long> target, int limit)
    {
        if (target.Count >= limit || !_first.TryGetValue(key, out var first))
        {
            return;
        }

        target.Add(first);
        if (_more.TryGetValue(key, out var ids))
        {
            target.AddRange(ids.Take(limit - target.Count));
        }
    }

    /// <summary>Every held row, sorted by key then id, and forgets them.</summary>
    public List<(ulong Key, long Id)> Drain()
    {
        var rows = new List<(ulong Key, long Id)>(Count);
        foreach (var (key, id) in _first)
        {
            rows.Add((key, id));
        }

        foreach (var (key, ids) in _more)
        {
            rows.AddRange(ids.Select(id => (key, id)));
        }

        // Cleared, not trimmed: the next rows fill the same tables instead of growing new ones on the large-object heap.
        _first.Clear();
        _more.Clear();
        Count = 0;
        rows.Sort();
        return rows;
    }
}
