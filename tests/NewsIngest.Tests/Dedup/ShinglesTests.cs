using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class ShinglesTests
{
    [Fact]
    public void A_six_word_sentence_has_four_three_word_shingles()
    {
        // the cat sat | cat sat on | sat on the | on the mat
        var shingles = Shingles.Words("The cat sat on the mat.", 3);

        Assert.Equal(4, shingles.Length);
        Assert.Equal(shingles.Order(), shingles);
    }

    [Fact]
    public void Repeated_shingles_count_once_in_the_set_but_stay_in_the_sequence()
    {
        // the cat sat | cat sat the | sat the cat | the cat sat (again)
        Assert.Equal(4, Shingles.Sequence("the cat sat the cat sat", 3).Length);
        Assert.Equal(3, Shingles.Words("the cat sat the cat sat", 3).Length);
    }

    [Fact]
    public void Shingles_ignore_case_and_punctuation_but_not_word_order()
    {
        Assert.Equal(Shingles.Words("The cat, sat!", 2), Shingles.Words("the CAT sat", 2));
        Assert.NotEqual(Shingles.Words("the cat sat", 2), Shingles.Words("sat the cat", 2));
    }

    [Fact]
    public void A_text_shorter_than_the_shingle_size_is_one_shingle_and_an_empty_one_none()
    {
        Assert.Single(Shingles.Words("Breaking news", 3));
        Assert.Empty(Shingles.Words(" — ", 3));
    }

    [Fact]
    public void Shingle_hashes_never_change_because_stores_keep_them()
    {
        // Pinned on purpose: a change here invalidates every stored fingerprint (bump the schema and recompute).
        Assert.Equal([ShingleOfTheCatSat], Shingles.Words("The cat sat", 3));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Each_shingle_of_a_long_text_is_the_shingle_of_its_own_words_alone(int size)
    {
        // A long text goes through the eight-at-a-time path where the hardware has it; a text of exactly one window
        // through the plain loop. Both must give the same hash for the same words.
        var words = Enumerable.Range(0, 43).Select(i => $"word{i * 7 % 11}x{i}").ToArray();

        var sequence = Shingles.Sequence(string.Join(' ', words), size);

        Assert.Equal(words.Length - size + 1, sequence.Length);
        for (var start = 0; start < sequence.Length; start++)
        {
            Assert.Equal(sequence[start], Assert.Single(Shingles.Sequence(string.Join(' ', words[start..(start + size)]), size)));
        }
    }

    private const ulong ShingleOfTheCatSat = 10075544073757417544UL;
}
