using NewsIngest.Evaluation.Duplicates;

namespace NewsIngest.Tests.Evaluation;

public class PairScorerTests
{
    private static DuplicatePair P(string a, string b) => DuplicatePair.Of(a, b);

    [Fact]
    public void Pairs_are_unordered()
    {
        Assert.Equal(P("b", "a"), P("a", "b"));
    }

    [Fact]
    public void Components_close_chains_and_come_out_in_a_stable_order()
    {
        var components = Clusters.Components([P("x", "y"), P("b", "c"), P("a", "b")]);

        Assert.Equal(2, components.Count);
        Assert.Equal(["a", "b", "c"], components[0]);
        Assert.Equal(["x", "y"], components[1]);
        Assert.Equal(3, Clusters.ClosedPairs([P("b", "c"), P("a", "b")]).Count);
    }

    [Fact]
    public void Clusters_read_from_a_store_become_edges_that_close_back_into_the_clusters()
    {
        var edges = Clusters.EdgesOf([["c", "a", "b"], ["solo"], ["y", "x"]]);

        Assert.Equal([P("a", "c"), P("b", "c"), P("x", "y")], edges);
        Assert.Equal(4, Clusters.ClosedPairs(edges).Count);
    }

    [Fact]
    public void A_cluster_of_three_counts_its_unlabelled_pair_as_a_false_positive_and_an_ignored_pair_as_nothing()
    {
        // found a-b and b-c close to {a-b, a-c, b-c}: a-b is right, b-c is ambiguous (ignored), a-c is wrong.
        var score = PairScorer.Score([P("a", "b"), P("b", "c")], [P("a", "b")], [P("b", "c")]);

        Assert.Equal(new PairScore(1, 1, 0), score);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Finding_nothing_has_no_precision_and_zero_recall()
    {
        var score = PairScorer.Score([], [P("a", "b"), P("c", "d")], []);

        Assert.Null(score.Precision);
        Assert.Equal(0.0, score.Recall);
    }

    [Fact]
    public void Positive_pairs_are_closed_into_their_groups_before_recall_is_counted()
    {
        // labelled a-b and b-c mean the group {a, b, c}: three pairs, one of which was found.
        var score = PairScorer.Score([P("a", "c")], [P("a", "b"), P("b", "c")], []);

        Assert.Equal(new PairScore(1, 0, 2), score);
    }

    [Fact]
    public void Shares_together_and_apart_count_labelled_pairs_in_found_clusters()
    {
        DuplicatePair[] labelled = [P("x", "y"), P("p", "q")];

        Assert.Equal(0.5, PairScorer.ShareTogether([P("y", "z"), P("z", "x")], labelled));
        Assert.Equal(0.5, PairScorer.ShareApart([P("x", "y")], labelled));
        Assert.Null(PairScorer.ShareApart([P("x", "y")], []));
    }
}
