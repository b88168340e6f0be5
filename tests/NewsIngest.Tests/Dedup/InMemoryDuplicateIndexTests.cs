using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class InMemoryDuplicateIndexTests
{
    private static readonly (string Body, ClusterMember Member)[] Articles =
    [
        (DedupSamples.StoryExcerpt, new ClusterMember(10, 190, 3, "2025-04-02", "excerpt.txt")),
        (DedupSamples.Story, new ClusterMember(11, 380, 3, "2025-04-01", "story.txt")),
        (DedupSamples.StorySharingOneQuote, new ClusterMember(12, 140, 3, "2025-04-01", "museum.txt")),
        (DedupSamples.Story.Replace("Saturday", "Sunday", StringComparison.Ordinal), new ClusterMember(13, 380, 2, "2025-04-03", "edited.txt")),
        (DedupSamples.AuctionReport("4.5", "3.12", "2.8", "Monday"), new ClusterMember(14, 70, 1, "2025-04-07", "auction-1.txt")),
        (DedupSamples.AuctionReport("5.0", "3.25", "2.8", "Monday"), new ClusterMember(15, 70, 1, "2025-04-14", "auction-2.txt")),
    ];

    [Fact]
    public void The_excerpt_and_the_edited_copy_join_the_story_and_nothing_else_does()
    {
        var index = InMemoryDuplicateIndex.Detect(Articles);

        var cluster = Assert.Single(index.Clusters());

        Assert.Equal(11, cluster.CanonicalId);
        Assert.Equal(
            [(10L, DuplicateKind.Excerpt), (13L, DuplicateKind.Near)],
            cluster.Duplicates.Select(d => (d.Id, d.Kind)));
        Assert.Equal(1.0, cluster.Duplicates[0].Similarity);
    }

    [Fact]
    public void Adding_in_another_order_gives_the_same_clusters()
    {
        var forward = InMemoryDuplicateIndex.Detect(Articles);
        var backward = InMemoryDuplicateIndex.Detect(Articles.Reverse());

        Assert.Equal(Describe(forward.Clusters()), Describe(backward.Clusters()));
    }

    [Fact]
    public void An_excerpt_becomes_a_candidate_through_its_keys_alone()
    {
        var index = InMemoryDuplicateIndex.Detect([(DedupSamples.Story, new ClusterMember(1, 380, 0, null, "story.txt"))]);

        var copies = new DuplicateDetector(index, DedupOptions.Default).CopiesOf(DedupSamples.StoryExcerpt);

        Assert.Equal([(1L, DuplicateKind.Excerpt)], copies.Select(c => (c.Id, c.Verdict.Kind)));
    }

    [Fact]
    public void A_key_held_by_as_many_articles_as_the_cap_is_not_indexed_again()
    {
        // Nine exact copies: the ninth finds the first eight through the exact key, and its own keys are not stored.
        var copies = Enumerable.Range(1, 9).Select(i => (DedupSamples.Story, new ClusterMember(i, 380, 0, null, $"copy-{i}.txt"))).ToList();
        var index = InMemoryDuplicateIndex.Detect(copies);
        var key = Fingerprinter.Compute(DedupSamples.Story, DedupOptions.Default).ExactKey;

        Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8], index.LookupKeys([key], int.MaxValue)[key]);
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8], index.Partners(9));
        Assert.Equal(8, Assert.Single(index.Clusters()).Duplicates.Count);
    }

    private static List<string> Describe(IReadOnlyList<DuplicateCluster> clusters) =>
        [.. clusters.Select(c => $"{c.CanonicalId}: {string.Join(',', c.Duplicates.Select(d => $"{d.Id} {d.Kind} {d.Similarity:0.000}"))}")];
}
