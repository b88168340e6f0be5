namespace NewsIngest.Core.Dedup;

/// <summary>Walks the graph of confirmed pairs, for indexes that can list one article's partners at a time.</summary>
public static class PairGraph
{
    /// <summary>Every article connected to <paramref name="id"/> through confirmed pairs (itself included, ascending) and those pairs, lower id first.</summary>
    public static (List<long> Members, List<(long A, long B)> Pairs) Component(long id, Func<long, IEnumerable<long>> partnersOf)
    {
        ArgumentNullException.ThrowIfNull(partnersOf);
        var members = new SortedSet<long> { id };
        var pairs = new HashSet<(long, long)>();
        var pending = new Queue<long>([id]);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            foreach (var other in partnersOf(current))
            {
                pairs.Add((Math.Min(current, other), Math.Max(current, other)));
                if (members.Add(other))
                {
                    pending.Enqueue(other);
                }
            }
        }

        return ([.. members], [.. pairs]);
    }
}
