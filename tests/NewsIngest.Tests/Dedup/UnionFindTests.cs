using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class UnionFindTests
{
    [Fact]
    public void The_root_of_a_set_is_its_smallest_id_whatever_the_union_order()
    {
        var sets = new UnionFind();
        sets.Union(9, 4);
        sets.Union(7, 9);
        sets.Union(12, 15);

        Assert.Equal(4, sets.Find(7));
        Assert.Equal(12, sets.Find(15));
        Assert.False(sets.Union(4, 7));
        Assert.Equal([[4L, 7L, 9L], [12L, 15L]], sets.Groups());
    }
}
