namespace NewsIngest.Core.Dedup;

/// <summary>
/// Keeps recurring reports apart inside a transitive component. Last week's and this week's auction report each
/// look like a copy of a third edition that lacks the differing figure, so plain transitivity would chain every
/// edition into one cluster. Here the component's pairs are re-joined strongest first, and a join is refused when it
/// would put two members judged <see cref="DuplicateVerdict.DifferentReports"/> together. Ties break by ids, so the
/// result does not depend on input order.
/// </summary>
internal static class ClusterSplitter
{
    public static IReadOnlyList<IReadOnlyList<long>> Split(
        IReadOnlyList<long> group,
        HashSet<(long, long)> confirmed,
        Func<long, long, DuplicateVerdict> judge)
    {
        if (group.Count < 3 || group.Count > ClusterBuilder.MaxConflictCheck)
        {
            return [group];
        }

        var conflicts = new HashSet<(long, long)>();
        var edges = new List<(double Similarity, long A, long B)>();
        for (var i = 0; i < group.Count; i++)
        {
            for (var j = i + 1; j < group.Count; j++)
            {
                var pair = (group[i], group[j]);
                if (confirmed.Contains(pair))
                {
                    edges.Add((judge(pair.Item1, pair.Item2).Similarity, pair.Item1, pair.Item2));
                }
                else if (judge(pair.Item1, pair.Item2).DifferentReports)
                {
                    conflicts.Add(pair);
                }
            }
        }

        if (conflicts.Count == 0)
        {
            return [group];
        }

        var parts = group.ToDictionary(id => id, id => new List<long> { id });
        var sets = new UnionFind();
        foreach (var (_, a, b) in edges.OrderByDescending(e => e.Similarity).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            var ra = sets.Find(a);
            var rb = sets.Find(b);
            if (ra == rb || Conflicting(parts[ra], parts[rb], conflicts))
            {
                continue;
            }

            sets.Union(a, b);
            var root = sets.Find(a);
            var merged = parts[ra].Concat(parts[rb]).ToList();
            parts[root] = merged;
        }

        return [.. group.GroupBy(sets.Find).Select(g => (IReadOnlyList<long>)[.. g.Order()]).Where(g => g.Count > 1).OrderBy(g => g[0])];
    }

    private static bool Conflicting(List<long> left, List<long> right, HashSet<(long, long)> conflicts)
    {
        foreach (var x in left)
        {
            foreach (var y in right)
            {
                if (conflicts.Contains(x < y ? (x, y) : (y, x)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
