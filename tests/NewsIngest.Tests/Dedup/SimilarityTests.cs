using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class SimilarityTests
{
    [Fact]
    public void Jaccard_is_the_shared_count_over_the_union_count()
    {
        // {1,2,3,4} and {3,4,5}: shared {3,4} = 2, union {1..5} = 5.
        Assert.Equal(0.4, Similarity.Jaccard([1, 2, 3, 4], [3, 4, 5]), 10);
    }

    [Fact]
    public void Containment_is_the_share_of_the_small_set_found_in_the_large_one()
    {
        // Three of {1,2,3,4} are in {2,3,4,9,10}; the other way round, three of five.
        Assert.Equal(0.75, Similarity.Containment([1, 2, 3, 4], [2, 3, 4, 9, 10]), 10);
        Assert.Equal(0.6, Similarity.Containment([2, 3, 4, 9, 10], [1, 2, 3, 4]), 10);
    }

    [Fact]
    public void Disjoint_sets_have_nothing_in_common_and_empty_sets_are_identical()
    {
        Assert.Equal(0.0, Similarity.Jaccard([1, 2], [3, 4]));
        Assert.Equal(0.0, Similarity.Containment([1, 2], [3, 4]));
        Assert.Equal(1.0, Similarity.Jaccard([], []));
        Assert.Equal(1.0, Similarity.Containment([], [5]));
    }
}
