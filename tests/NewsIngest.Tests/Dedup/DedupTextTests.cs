using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class DedupTextTests
{
    [Fact]
    public void Normalize_folds_case_quotes_dashes_and_whitespace()
    {
        var curly = "“Don’t   go” — she SAID.\n\nThe end…";
        var straight = "\"don't go\" - She said. The END";

        Assert.Equal("don t go she said the end", DedupText.Normalize(curly));
        Assert.Equal(DedupText.Normalize(curly), DedupText.Normalize(straight));
    }

    [Fact]
    public void The_exact_key_matches_restyled_copies_and_differs_for_other_words()
    {
        var key = DedupText.ExactKey("The mayor’s “plan” – approved.");

        Assert.Equal(key, DedupText.ExactKey("the mayor's \"plan\" - approved"));
        Assert.NotEqual(key, DedupText.ExactKey("the mayor's plan rejected"));
    }
}
