using NewsIngest.Core.Text;

namespace NewsIngest.Tests.Text;

public class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("don't stop", 2)]
    [InlineData("a well-known  fact", 3)]
    [InlineData("Trump’s 2,500 troops", 4)]
    [InlineData("-- ' rock-'n'-roll --", 1)]
    [InlineData("naïve café, 東京", 3)]
    [InlineData("end- start", 2)]
    public void Words_are_runs_of_letters_or_digits_joined_by_inner_apostrophes_or_hyphens(string text, int words)
    {
        Assert.Equal(words, WordCounter.Count(text));
    }

    [Fact]
    public void The_count_matches_the_rule_on_random_text()
    {
        const string alphabet = "aZ9 '-’‘.,\n\té東\u2014";
        var random = new Random(7);
        for (var round = 0; round < 2_000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            Assert.Equal(Reference(text), WordCounter.Count(text));
        }
    }

    /// <summary>The rule as first written, one branch per case.</summary>
    private static int Reference(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count += inWord ? 0 : 1;
                inWord = true;
            }
            else if (!(inWord && c is '\'' or '\u2019' or '-'))
            {
                inWord = false;
            }
        }

        return count;
    }
}
