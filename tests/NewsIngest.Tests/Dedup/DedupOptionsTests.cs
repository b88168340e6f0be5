using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class DedupOptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones_and_valid()
    {
        var options = DedupOptions.Default;

        options.Validate();
        Assert.Equal((0.8, 0.8, 128, 32, 4), (options.Near, options.Containment, options.Permutations, options.Bands, options.RowsPerBand));
    }

    [Fact]
    public void A_threshold_above_one_or_bands_that_do_not_divide_the_permutations_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => (DedupOptions.Default with { Near = 1.5 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (DedupOptions.Default with { Bands = 30 }).Validate());
    }
}
