using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Tests.Evaluation;

public class SnippetScorerTests
{
    [Fact]
    public void Snippets_are_found_across_paragraph_breaks_and_counted_by_kind()
    {
        var counts = SnippetScorer.Score(
            "The quick brown\n\nfox jumps",
            ["quick brown fox", "lazy dog"],
            ["fox jumps", "Imprint"]);

        Assert.Equal(new SnippetCounts(1, 1, 1, 1), counts);
        Assert.Equal(0.5, counts.Precision);
        Assert.Equal(0.5, counts.Recall);
        Assert.Equal(0.5, counts.Accuracy);
    }

    [Fact]
    public void Matching_is_case_sensitive()
    {
        Assert.Equal(new SnippetCounts(0, 1, 0, 0), SnippetScorer.Score("Impressum", ["impressum"], []));
    }

    [Fact]
    public void A_failed_parse_misses_every_wanted_snippet_and_contains_no_unwanted_one()
    {
        var counts = SnippetScorer.Score(null, ["a", "b"], ["c", "d"]);

        Assert.Equal(new SnippetCounts(0, 2, 0, 2), counts);
        Assert.Equal(0.0, counts.F1);
    }

    [Fact]
    public void Counts_add_up_over_pages()
    {
        var total = new SnippetCounts(1, 2, 3, 4) + new SnippetCounts(10, 20, 30, 40);

        Assert.Equal(new SnippetCounts(11, 22, 33, 44), total);
        Assert.Equal(11.0 / 44, total.Precision, 9);
        Assert.Equal(11.0 / 33, total.Recall, 9);
    }
}
