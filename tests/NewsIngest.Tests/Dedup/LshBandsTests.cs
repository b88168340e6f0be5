using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class LshBandsTests
{
    private static readonly DedupOptions Options = new() { Permutations = 8, Bands = 4 };

    [Fact]
    public void Equal_bands_at_different_positions_give_different_keys()
    {
        // Every band holds the same rows; the band index mixed in keeps the four keys apart in one table.
        var keys = LshBands.Keys([1, 2, 1, 2, 1, 2, 1, 2], Options);

        Assert.Equal(4, keys.Distinct().Count());
    }

    [Fact]
    public void Signatures_that_agree_on_one_band_share_exactly_that_key()
    {
        var a = LshBands.Keys([1, 2, 3, 4, 5, 6, 7, 8], Options);
        var b = LshBands.Keys([1, 2, 9, 9, 9, 9, 9, 9], Options);

        Assert.Equal([a[0]], a.Intersect(b));
    }
}
