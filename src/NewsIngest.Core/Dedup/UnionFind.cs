namespace NewsIngest.Core.Dedup;

/// <summary>
/// Disjoint sets over article ids. The root of a set is always its smallest id, so the structure after a set of
/// unions is the same whatever order they came in.
/// </summary>
public sealed class UnionFind
{
    private readonly Dictionary<long, long> _parent = [];

    public long Find(long id)
    {
        var root = id;
        while (_parent.TryGetValue(root, out var up) && up != root)
        {
            root = up;
        }

        // Path compression: later finds are one step.
        while (id != root)
        {
            var next = _parent.GetValueOrDefault(id, id);
            _parent[id] = root;
            id = next;
        }

        return root;
    }

    /// <summary>Joins the sets of two ids; returns false when they were already together.</summary>
    public bool Union(long a, long b)
    {
        _parent.TryAdd(a, a);
        _parent.TryAdd(b, b);
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        if (ra < rb)
        {
            _parent[rb] = ra;
        }
        else
        {
            _parent[ra] = rb;
        }

        return true;
    }

    /// <summary>Every id ever seen, grouped by set; only sets of two or more, each sorted, ordered by smallest id.</summary>
    public IReadOnlyList<IReadOnlyList<long>> Groups()
    {
        var groups = new SortedDictionary<long, List<long>>();
        foreach (var id in _parent.Keys.ToArray())
        {
            var root = Find(id);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
            }

            members.Add(id);
        }

        return [.. groups.Values.Where(g => g.Count > 1).Select(g => (IReadOnlyList<long>)[.. g.Order()])];
    }
}
