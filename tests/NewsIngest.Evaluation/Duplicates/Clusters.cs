namespace NewsIngest.Evaluation.Duplicates;

/// <summary>Transitive closure of pair lists: connected components, then every pair inside each component.</summary>
public static class Clusters
{
    /// <summary>The components of the graph the pairs form (ids in no pair are left out), each sorted, in a stable order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Components(IEnumerable<DuplicatePair> pairs)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs)
        {
            var ra = Root(parent, a);
            var rb = Root(parent, b);
            if (ra != rb)
            {
                // Keep the ordinal-smaller root so the result does not depend on input order.
                if (string.CompareOrdinal(ra, rb) < 0)
                {
                    parent[rb] = ra;
                }
                else
                {
                    parent[ra] = rb;
                }
            }
        }

        return [.. parent.Keys
            .GroupBy(id => Root(parent, id), StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[.. g.Order(StringComparer.Ordinal)])
            .OrderBy(c => c[0], StringComparer.Ordinal)];
    }

    /// <summary>
    /// Pairs for clusters read back from a store (each cluster a list of ids, e.g. canonical first): one edge from
    /// the first id to each other, which the scorer closes back into the whole cluster. Singletons give nothing.
    /// </summary>
    public static IReadOnlyList<DuplicatePair> EdgesOf(IEnumerable<IReadOnlyList<string>> clusters) =>
        [.. clusters.SelectMany(c => c.Skip(1).Select(id => DuplicatePair.Of(c[0], id)))];

    /// <summary>Every pair of ids that share a component: what "clustered together" means for pair counting.</summary>
    public static HashSet<DuplicatePair> ClosedPairs(IEnumerable<DuplicatePair> pairs)
    {
        var closed = new HashSet<DuplicatePair>();
        foreach (var component in Components(pairs))
        {
            for (var i = 0; i < component.Count; i++)
            {
                for (var j = i + 1; j < component.Count; j++)
                {
                    closed.Add(DuplicatePair.Of(component[i], component[j]));
                }
            }
        }

        return closed;
    }

    private static string Root(Dictionary<string, string> parent, string id)
    {
        if (!parent.TryGetValue(id, out var p))
        {
            parent[id] = id;
            return id;
        }

        while (p != id)
        {
            var grand = parent[p];
            parent[id] = grand;
            id = p;
            p = grand;
        }

        return id;
    }
}
