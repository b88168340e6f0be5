using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class ClusterBuilderTests
{
    private static readonly ClusterMember[] Members =
    [
        new(1, 300, 2, "2025-03-02", "b/one.txt"),
        new(2, 500, 1, "2025-03-04", "a/two.txt"),
        new(3, 300, 2, "2025-03-01", "c/three.txt"),
        new(4, 120, 5, null, "d/four.txt"),
        new(5, 80, 0, "2025", "e/five.txt"),
        new(6, 80, 0, "2025-01-01T09:00:00+02:00", "f/six.txt"),
    ];

    [Fact]
    public void Clusters_are_transitive_and_the_same_whatever_the_input_order()
    {
        (long, long)[] pairs = [(1, 2), (3, 2), (5, 6), (4, 1)];

        var forward = Describe(ClusterBuilder.Build(pairs, Members, Duplicate));
        var backward = Describe(ClusterBuilder.Build(
            pairs.Reverse().Select(p => (p.Item2, p.Item1)), Members.Reverse(), Duplicate));

        Assert.Equal(forward, backward);
        Assert.Equal(["2: 1,3,4", "5: 6"], forward);
    }

    [Theory]
    [InlineData(1, 2, 2)] // more words wins (500 over 300)
    [InlineData(1, 3, 3)] // same words and metadata: the earlier date wins
    [InlineData(1, 4, 1)] // more words beats more metadata
    [InlineData(5, 6, 5)] // a bare year counts from 1 January 00:00 UTC, before 09:00+02:00 (07:00 UTC)
    public void The_canonical_is_the_most_complete_member(long a, long b, long canonical)
    {
        var clusters = ClusterBuilder.Build([(a, b)], Members, Duplicate);

        Assert.Equal(canonical, Assert.Single(clusters).CanonicalId);
    }

    [Fact]
    public void Ties_on_words_metadata_and_date_fall_to_the_path()
    {
        ClusterMember[] twins = [new(7, 100, 1, null, "z.txt"), new(8, 100, 1, null, "a.txt")];

        Assert.Equal(8, Assert.Single(ClusterBuilder.Build([(7, 8)], twins, Duplicate)).CanonicalId);
    }

    [Fact]
    public void Each_copy_links_to_the_canonical_with_the_verdict_measured_against_it()
    {
        var cluster = Assert.Single(ClusterBuilder.Build([(1, 2)], Members, (copy, canonical) =>
            new DuplicateVerdict(true, DuplicateKind.Excerpt, 0.5, 0.93, 0.93, $"{copy} in {canonical}")));

        var link = Assert.Single(cluster.Duplicates);
        Assert.Equal(new DuplicateLink(1, 2, DuplicateKind.Excerpt, 0.93, "1 in 2"), link);
    }

    [Fact]
    public void Two_editions_of_a_recurring_report_stay_apart_even_through_a_third()
    {
        // 1 and 3 each look like a copy of 2 (which lacks the differing figure), but 1 and 3 are different reports.
        var clusters = ClusterBuilder.Build([(1, 2), (2, 3)], Members, (x, y) =>
            (Math.Min(x, y), Math.Max(x, y)) == (1, 3)
                ? new DuplicateVerdict(false, DuplicateKind.None, 0.9, 0.95, 0.95, "other figures", DifferentReports: true)
                : new DuplicateVerdict(true, DuplicateKind.Near, x + y == 3 ? 0.95 : 0.9, 0.95, x + y == 3 ? 0.95 : 0.9, "near"));

        // The stronger pair (1,2) joins first; 3 cannot join a cluster that holds 1.
        Assert.Equal(["2: 1"], Describe(clusters));
    }

    private static DuplicateVerdict Duplicate(long copy, long canonical) =>
        new(true, DuplicateKind.Near, 0.9, 0.95, 0.9, "near");

    private static List<string> Describe(IReadOnlyList<DuplicateCluster> clusters) =>
        [.. clusters.Select(c => $"{c.CanonicalId}: {string.Join(',', c.Duplicates.Select(d => d.Id))}")];
}
