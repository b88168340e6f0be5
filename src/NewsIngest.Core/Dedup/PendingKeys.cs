namespace NewsIngest.Core.Dedup;

/// <summary>
/// The duplicate keys a run has assigned but not yet written to <c>dedup_keys</c>. Keys are 64-bit hashes, so each
/// batch's rows land all over that b-tree: written batch by batch they dirtied nearly every page of it on every
/// commit, which grew with the store. Held here, they are looked up in memory and written in large sorted runs.
/// </summary>
/// <remarks>
/// Millions of rows pass through here on the writer thread, so it is a flat table rather than dictionaries: rows
/// live in parallel arrays, each key's rows chained in the order they were added, and an open-addressing index over
/// the keys (already well-mixed hashes, so their low bits pick the slot) points at each key's first row.
/// </remarks>
public sealed class PendingKeys
{
    private const int NoRow = -1;

    private ulong[] _keys = new ulong[1024];
    private long[] _ids = new long[1024];
    private int[] _next = new int[1024];
    private int[] _slots = NewSlots(2048);
    private int _distinct;

    /// <summary>How many (key, article) rows are held.</summary>
    public int Count { get; private set; }

    public void Add(ulong key, long id)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _ids, Count * 2);
            Array.Resize(ref _next, Count * 2);
        }

        var row = Count++;
        _keys[row] = key;
        _ids[row] = id;
        _next[row] = NoRow;
        var slot = Slot(key);
        var first = _slots[slot];
        if (first == NoRow)
        {
            _slots[slot] = row;
            if (++_distinct * 2 > _slots.Length)
            {
                Grow();
            }

            return;
        }

        while (_next[first] != NoRow)
        {
            first = _next[first];
        }

        _next[first] = row;
    }

    public bool Contains(ulong key) => _slots[Slot(key)] != NoRow;

    /// <summary>How many ids are held for <paramref name="key"/>.</summary>
    public int CountOf(ulong key)
    {
        var count = 0;
        for (var row = _slots[Slot(key)]; row != NoRow; row = _next[row])
        {
            count++;
        }

        return count;
    }

    /// <summary>Appends the ids held for <paramref name="key"/>, in the order they were added, up to <paramref name="limit"/> in all.</summary>
    public void CopyTo(ulong key, List<long> target, int limit)
    {
        for (var row = _slots[Slot(key)]; row != NoRow && target.Count < limit; row = _next[row])
        {
            target.Add(_ids[row]);
        }
    }

    /// <summary>
    /// Appends the ids held for <paramref name="key"/> to its list in <paramref name="lists"/> (made when there are
    /// any), in the order they were added, up to <paramref name="limit"/> in all: one probe of the table per key.
    /// </summary>
    public void CopyTo(ulong key, Dictionary<ulong, List<long>> lists, int limit)
    {
        var row = _slots[Slot(key)];
        if (row == NoRow)
        {
            return;
        }

        if (!lists.TryGetValue(key, out var target))
        {
            target = [];
            lists[key] = target;
        }

        for (; row != NoRow && target.Count < limit; row = _next[row])
        {
            target.Add(_ids[row]);
        }
    }

    /// <summary>Every held row, sorted by key then id, and forgets them.</summary>
    public List<(ulong Key, long Id)> Drain()
    {
        var keys = _keys.AsSpan(0, Count).ToArray();
        var ids = _ids.AsSpan(0, Count).ToArray();
        // The primitive-key overload sorts the keys with the ids carried along, several times faster than sorting
        // tuples through a comparer; rows of one key then only need their ids put in order.
        Array.Sort(keys, ids);
        var rows = new List<(ulong Key, long Id)>(Count);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(ids, start, end - start);
            }

            for (var i = start; i < end; i++)
            {
                rows.Add((keys[i], ids[i]));
            }

            start = end;
        }

        Clear();
        return rows;
    }

    /// <summary>Forgets every row; the tables keep their size for the next rows.</summary>
    public void Clear()
    {
        Array.Fill(_slots, NoRow);
        _distinct = 0;
        Count = 0;
    }

    private int Slot(ulong key)
    {
        var mask = _slots.Length - 1;
        var slot = (int)key & mask;
        while (true)
        {
            var row = _slots[slot];
            if (row == NoRow || _keys[row] == key)
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = NewSlots(old.Length * 2);
        foreach (var row in old)
        {
            if (row != NoRow)
            {
                _slots[Slot(_keys[row])] = row;
            }
        }
    }

    private static int[] NewSlots(int length)
    {
        var slots = new int[length];
        Array.Fill(slots, NoRow);
        return slots;
    }
}
