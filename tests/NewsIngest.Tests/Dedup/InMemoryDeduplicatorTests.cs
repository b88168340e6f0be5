using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class InMemoryDeduplicatorTests
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
        var dedup = new InMemoryDeduplicator();
        dedup.AddRange(Articles);

        var cluster = Assert.Single(dedup.Clusters());

        Assert.Equal(11, cluster.CanonicalId);
        Assert.Equal(
            [(10L, DuplicateKind.Excerpt), (13L, DuplicateKind.Near)],
            cluster.Duplicates.Select(d => (d.Id, d.Kind)));
        Assert.Equal(1.0, cluster.Duplicates[0].Similarity);
    }

    [Fact]
    public void Adding_in_another_order_gives_the_same_clusters()
    {
        var forward = new InMemoryDeduplicator();
        forward.AddRange(Articles);
        var backward = new InMemoryDeduplicator();
        backward.AddRange(Articles.Reverse());

        Assert.Equal(Describe(forward.Clusters()), Describe(backward.Clusters()));
    }

    [Fact]
    public void An_excerpt_becomes_a_candidate_through_its_keys_alone()
    {
        var dedup = new InMemoryDeduplicator();
        dedup.Add(DedupSamples.Story, new ClusterMember(1, 380, 0, null, "story.txt"));

        var candidates = dedup.Candidates(Fingerprinter.Compute(DedupSamples.StoryExcerpt, DedupOptions.Default));

        Assert.Equal([1L], candidates);
    }

    private static List<string> Describe(IReadOnlyList<DuplicateCluster> clusters) =>
        [.. clusters.Select(c => $"{c.CanonicalId}: {string.Join(',', c.Duplicates.Select(d => $"{d.Id} {d.Kind} {d.Similarity:0.000}"))}")];
}
