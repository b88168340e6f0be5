using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class RadixSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(65)]
    [InlineData(1000)]
    [InlineData(20000)]
    public void Radix_sort_orders_like_a_comparison_sort(int count)
    {
        var random = new Random(42);
        var values = Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64() * 3 + (ulong)random.Next(3)).ToArray();
        values.AsSpan(0, count / 10).Fill(ulong.MaxValue); // repeats and the top value

        var sorted = values.ToArray();
        RadixSort.Sort(sorted);

        Assert.Equal(values.Order(), sorted);
    }

    [Fact]
    public void Values_that_share_their_top_bits_are_still_ordered()
    {
        // Not spread evenly: every value lands in the same bucket, which then needs the comparison sort.
        var random = new Random(7);
        var values = Enumerable.Range(0, 500).Select(_ => (ulong)random.Next(100_000)).ToArray();

        var sorted = values.ToArray();
        RadixSort.Sort(sorted);

        Assert.Equal(values.Order(), sorted);
    }
}
