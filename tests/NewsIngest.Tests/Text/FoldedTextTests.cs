using NewsIngest.Core.Text;

namespace NewsIngest.Tests.Text;

public class FoldedTextTests
{
    [Theory]
    [InlineData("  “What’s next?” — Ask ÉMILE, 2025. ", "whats next ask émile 2025")]
    [InlineData("What's", "whats")]
    [InlineData("a ' b", "a b")]
    [InlineData("'''", "")]
    [InlineData("", "")]
    public void Fold_lowers_letters_drops_apostrophes_and_leaves_one_space_per_gap(string text, string folded)
    {
        Assert.Equal(folded, FoldedText.Fold(text));
    }

    [Theory]
    [InlineData("Library reopens", "LIBRARY  REOPENS.")]
    [InlineData("“Whats” next", "What’s next")]
    [InlineData("Library reopens", "Library reopen")]
    [InlineData("Library reopens", "Library reopens now")]
    [InlineData("-- Title --", "title")]
    [InlineData("ab", "a b")]
    [InlineData("", "...")]
    [InlineData("", "x")]
    public void Equal_says_what_comparing_the_folded_strings_says(string a, string b)
    {
        var expected = FoldedText.Fold(a) == FoldedText.Fold(b);

        Assert.Equal(expected, FoldedText.Equal(a, b));
        Assert.Equal(expected, FoldedText.Equal(b, a));
    }
}
