namespace NewsIngest.Core.Dedup;

/// <summary>
/// Turns confirmed pairs into clusters: transitive (union-find), canonical by <see cref="CanonicalOrder"/>, and each
/// copy measured again against the canonical, because that is the link the store records. The result depends only on
/// the set of pairs and members, never on their order.
/// </summary>
public static class ClusterBuilder
{
    /// <summary>Components larger than this are not checked for conflicting members (the check is quadratic).</summary>
    public const int MaxConflictCheck = 200;

    /// <param name="pairs">Confirmed duplicate pairs, in any order, repeats allowed.</param>
    /// <param name="members">Every id that appears in a pair must be here.</param>
    /// <param name="judge">Compares two members; when building links, the copy first and the canonical second.</param>
    public static IReadOnlyList<DuplicateCluster> Build(
        IEnumerable<(long A, long B)> pairs,
        IEnumerable<ClusterMember> members,
        Func<long, long, DuplicateVerdict> judge)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(judge);
        var byId = members.ToDictionary(m => m.Id);
        var confirmed = pairs.Select(p => p.A < p.B ? p : (p.B, p.A)).Where(p => p.Item1 != p.Item2).ToHashSet();
        var sets = new UnionFind();
        foreach (var (a, b) in confirmed)
        {
            sets.Union(a, b);
        }

        var clusters = new List<DuplicateCluster>();
        foreach (var group in sets.Groups())
        {
            foreach (var part in ClusterSplitter.Split(group, confirmed, judge))
            {
                clusters.Add(Cluster(part, byId, judge));
            }
        }

        return [.. clusters.OrderBy(c => c.CanonicalId)];
    }

    private static DuplicateCluster Cluster(IReadOnlyList<long> group, Dictionary<long, ClusterMember> byId, Func<long, long, DuplicateVerdict> judge)
    {
        var ordered = group.Select(id => byId.TryGetValue(id, out var m)
                ? m
                : throw new ArgumentException($"Pair mentions article {id}, which is not among the members.", nameof(byId)))
            .Order(CanonicalOrder.Instance)
            .ToList();
        var canonical = ordered[0].Id;
        var links = ordered.Skip(1)
            .OrderBy(m => m.Id)
            .Select(m => Link(m.Id, canonical, judge(m.Id, canonical)))
            .ToList();
        return new DuplicateCluster(canonical, links);
    }

    /// <summary>
    /// A member joined only through others (A ~ B ~ C, but C is not itself a copy of A) still links to the
    /// canonical, with the measure that came closest and a reason that says so.
    /// </summary>
    private static DuplicateLink Link(long id, long canonical, DuplicateVerdict verdict)
    {
        if (verdict.IsDuplicate)
        {
            return new DuplicateLink(id, canonical, verdict.Kind, verdict.Similarity, verdict.Reason);
        }

        var kind = verdict.Containment > verdict.Jaccard ? DuplicateKind.Excerpt : DuplicateKind.Near;
        return new DuplicateLink(id, canonical, kind, verdict.Similarity, "joined through other members of the cluster; directly: " + verdict.Reason);
    }
}
