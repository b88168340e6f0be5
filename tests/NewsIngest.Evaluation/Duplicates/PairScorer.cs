namespace NewsIngest.Evaluation.Duplicates;

/// <summary>Pair-counting scores of found duplicates against labelled pairs.</summary>
public static class PairScorer
{
    /// <summary>
    /// Closes both sides transitively (a cluster of three is three pairs), then: a found pair that is labelled
    /// positive is a true positive; a found pair in <paramref name="ignored"/> (an ambiguous tier) counts for
    /// neither side; any other found pair is a false positive, labelled or not; a positive pair not found is a
    /// false negative.
    /// </summary>
    public static PairScore Score(IEnumerable<DuplicatePair> found, IEnumerable<DuplicatePair> positives, IEnumerable<DuplicatePair> ignored)
    {
        var f = Clusters.ClosedPairs(found);
        var p = Clusters.ClosedPairs(positives);
        var skip = ignored.Select(x => DuplicatePair.Of(x.First, x.Second)).ToHashSet();
        var tp = f.Count(p.Contains);
        var fp = f.Count(x => !p.Contains(x) && !skip.Contains(x));
        return new PairScore(tp, fp, p.Count - tp);
    }

    /// <summary>Share of <paramref name="labelled"/> pairs that ended up in one cluster (recall on that label). Null when none.</summary>
    public static double? ShareTogether(IEnumerable<DuplicatePair> found, IReadOnlyCollection<DuplicatePair> labelled)
    {
        if (labelled.Count == 0)
        {
            return null;
        }

        var f = Clusters.ClosedPairs(found);
        return (double)labelled.Count(x => f.Contains(DuplicatePair.Of(x.First, x.Second))) / labelled.Count;
    }

    /// <summary>Share of <paramref name="labelled"/> pairs kept in different clusters (how well look-alikes are kept apart). Null when none.</summary>
    public static double? ShareApart(IEnumerable<DuplicatePair> found, IReadOnlyCollection<DuplicatePair> labelled) =>
        ShareTogether(found, labelled) is { } together ? 1 - together : null;

    /// <summary>
    /// The labelled pairs judged wrong: those apart when <paramref name="together"/> (they should be clustered), or
    /// those clustered when not. For <c>--misses</c>.
    /// </summary>
    public static IReadOnlyList<Scoring.Miss> Wrong(IEnumerable<DuplicatePair> found, IEnumerable<DuplicatePair> labelled, bool together)
    {
        var f = Clusters.ClosedPairs(found);
        var (expected, wrongFound) = together ? ("clustered", "apart") : ("apart", "clustered");
        return [.. labelled.Where(x => f.Contains(DuplicatePair.Of(x.First, x.Second)) != together)
            .Select(x => new Scoring.Miss($"{x.First} {x.Second}", expected, wrongFound))];
    }
}
