using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Tests.Evaluation;

public class ShingleF1Tests
{
    [Fact]
    public void Shingles_are_four_lower_cased_words_wide_and_ignore_punctuation()
    {
        var shingles = ShingleF1.Shingles("Alpha, beta GAMMA delta; epsilon.");

        Assert.Equal(["alpha beta gamma delta", "beta gamma delta epsilon"], shingles.Order());
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle()
    {
        Assert.Equal(["two words"], ShingleF1.Shingles("Two words"));
        Assert.Empty(ShingleF1.Shingles(" ... "));
    }

    [Fact]
    public void Score_counts_shared_shingles_against_each_side()
    {
        // expected {a b c d, b c d e}; actual {b c d e, c d e f}: one in common of two on each side.
        var score = ShingleF1.Score("a b c d e", "b c d e f");

        Assert.Equal(0.5, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(0.5, score.F1, 9);
    }

    [Fact]
    public void Score_of_a_truncated_body_is_precise_but_incomplete()
    {
        // expected has 3 shingles, actual 1 of them: P 1, R 1/3, F1 = 2(1/3)/(4/3) = 0.5.
        var score = ShingleF1.Score("one two three four five six", "one two three four");

        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal(1.0 / 3, score.Recall, 9);
        Assert.Equal(0.5, score.F1, 9);
    }

    [Fact]
    public void An_empty_extraction_scores_zero_and_two_empty_sides_score_one()
    {
        Assert.Equal(new PrecisionRecall(0, 0), ShingleF1.Score("some expected body text", null));
        Assert.Equal(new PrecisionRecall(1, 1), ShingleF1.Score("", ""));
    }

    [Fact]
    public void Summarise_reports_F1_of_the_averages_apart_from_the_mean_per_page_F1()
    {
        // Pages (P 1, R 0.5) and (P 0.5, R 1): averages 0.75/0.75 give F1 0.75; each page's F1 is 2/3.
        var (averaged, meanF1) = ShingleF1.Summarise([new PrecisionRecall(1, 0.5), new PrecisionRecall(0.5, 1)]);

        Assert.Equal(0.75, averaged.Precision, 9);
        Assert.Equal(0.75, averaged.Recall, 9);
        Assert.Equal(0.75, averaged.F1, 9);
        Assert.Equal(2.0 / 3, meanF1, 9);
    }
}
