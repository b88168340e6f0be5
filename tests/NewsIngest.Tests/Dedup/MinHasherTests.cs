using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class MinHasherTests
{
    [Fact]
    public void Two_fresh_instances_give_the_same_signature_for_the_same_shingles()
    {
        var shingles = Shingles.Words(DedupSamples.Story, 3);

        var first = new MinHasher(128).Compute(shingles);
        var second = new MinHasher(128).Compute(shingles);

        Assert.Equal(first, second);
        Assert.Equal(128, first.Length);
    }

    [Fact]
    public void The_signature_does_not_depend_on_shingle_order()
    {
        ulong[] shingles = [11, 222, 3333, 44444, 555555];
        var hasher = new MinHasher(16);

        Assert.Equal(hasher.Compute(shingles), hasher.Compute([.. shingles.Reverse()]));
    }

    [Fact]
    public void The_share_of_agreeing_positions_estimates_the_Jaccard()
    {
        // 0..1499 against 500..1999: 1000 shared of 2000, Jaccard 0.5. With 128 permutations the standard
        // error is about 0.044, so 0.15 is more than three of them.
        var a = Enumerable.Range(0, 1500).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL).ToArray();
        var b = Enumerable.Range(500, 1500).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL).ToArray();
        var hasher = new MinHasher(128);

        var sa = hasher.Compute(a);
        var sb = hasher.Compute(b);
        var agreement = sa.Zip(sb).Count(p => p.First == p.Second) / 128.0;

        Assert.InRange(agreement, 0.35, 0.65);
    }

    [Fact]
    public void The_vector_and_scalar_paths_agree()
    {
        // 12 permutations: the first 8 go through the vector path, the last 4 through the scalar one.
        ulong[] shingles = [7, 77, 777];
        var wide = new MinHasher(16).Compute(shingles);
        var narrow = new MinHasher(12).Compute(shingles);

        Assert.Equal(wide[..12], narrow);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(124)]
    public void Every_vector_width_gives_the_values_of_the_full_signature(int permutations)
    {
        // Seeds come from one stream, so a shorter signature is a prefix of a longer one. 128 permutations go through
        // the widest blocks; the shorter counts leave remainders for the narrower paths and the scalar loop.
        var shingles = Enumerable.Range(0, 700).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL ^ 0x5555UL).ToArray();

        var full = new MinHasher(128).Compute(shingles);
        var part = new MinHasher(permutations).Compute(shingles);

        Assert.Equal(full[..permutations], part);
    }

    [Theory]
    [InlineData(256, 128)]
    [InlineData(128, 128)]
    [InlineData(0, 128)]
    [InlineData(128, 20)]
    [InlineData(128, 7)]
    public void Each_vector_width_limit_gives_the_signature_of_the_widest(int widestBits, int permutations)
    {
        // The Native AOT build runs only 128-bit vectors on most x64 machines; this machine's JIT takes the widest.
        // Each narrower path, forced here, must give the same values.
        var shingles = Enumerable.Range(0, 300).Select(i => (ulong)i * 0xD6E8FEB86659FD93UL ^ 0xAAAAUL).ToArray();
        var hasher = new MinHasher(permutations);
        var widest = hasher.Compute(shingles);

        var narrower = new uint[permutations];
        hasher.Compute(shingles, narrower, widestBits);

        Assert.Equal(widest, narrower);
    }

    [Fact]
    public void An_empty_set_gives_the_maximum_in_every_position()
    {
        Assert.All(new MinHasher(8).Compute([]), v => Assert.Equal(uint.MaxValue, v));
    }
}
