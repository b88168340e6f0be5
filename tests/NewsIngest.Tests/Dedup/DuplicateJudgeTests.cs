using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class DuplicateJudgeTests
{
    private static readonly DedupOptions Options = DedupOptions.Default;

    [Fact]
    public void A_restyled_copy_is_an_exact_duplicate_with_similarity_one()
    {
        var restyled = DedupSamples.Story.Replace("\"", "“", StringComparison.Ordinal).Replace(" ", "  ", StringComparison.Ordinal).ToUpperInvariant();

        var verdict = DuplicateJudge.Judge(DedupSamples.Story, restyled, Options);

        Assert.True(verdict.IsDuplicate);
        Assert.Equal(DuplicateKind.Exact, verdict.Kind);
        Assert.Equal(1.0, verdict.Similarity);
    }

    [Fact]
    public void A_copy_with_two_words_changed_is_a_near_duplicate_measured_by_Jaccard()
    {
        var edited = DedupSamples.Story.Replace("Saturday", "Sunday", StringComparison.Ordinal).Replace("heron", "stork", StringComparison.Ordinal);

        var verdict = DuplicateJudge.Judge(DedupSamples.Story, edited, Options);

        Assert.True(verdict.IsDuplicate);
        Assert.Equal(DuplicateKind.Near, verdict.Kind);
        Assert.InRange(verdict.Jaccard, 0.9, 0.99);
        Assert.Equal(verdict.Jaccard, verdict.Similarity);
    }

    [Fact]
    public void The_first_half_of_a_story_is_an_excerpt_measured_by_containment()
    {
        var verdict = DuplicateJudge.Judge(DedupSamples.StoryExcerpt, DedupSamples.Story, Options);

        Assert.True(verdict.IsDuplicate);
        Assert.Equal(DuplicateKind.Excerpt, verdict.Kind);
        Assert.Equal(1.0, verdict.Containment);
        Assert.InRange(verdict.Jaccard, 0.4, 0.6);
        Assert.Equal(verdict.Containment, verdict.Similarity);
    }

    [Fact]
    public void A_one_paragraph_brief_does_not_swallow_the_story_it_comes_from()
    {
        var verdict = DuplicateJudge.Judge(DedupSamples.StoryParagraphs[0], DedupSamples.Story, Options);

        Assert.False(verdict.IsDuplicate);
        Assert.Equal(1.0, verdict.Containment);
        Assert.Contains("minimum", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_stories_that_share_one_quote_are_not_duplicates()
    {
        var verdict = DuplicateJudge.Judge(DedupSamples.Story, DedupSamples.StorySharingOneQuote, Options);

        Assert.False(verdict.IsDuplicate);
        Assert.InRange(verdict.Containment, 0.05, 0.5);
    }

    [Fact]
    public void Two_weekly_auction_reports_with_other_figures_are_different_reports()
    {
        var lastWeek = DedupSamples.AuctionReport("4.5", "3.12", "2.8", "Monday");
        var thisWeek = DedupSamples.AuctionReport("5.0", "3.25", "2.8", "Monday");

        var verdict = DuplicateJudge.Judge(lastWeek, thisWeek, Options);

        Assert.True(verdict.Jaccard >= Options.Near, "the wording alone would call them near copies");
        Assert.False(verdict.IsDuplicate);
        Assert.True(verdict.DifferentReports);
        Assert.Contains("2 of 4 changed", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_re_sent_report_with_the_same_figures_is_still_a_duplicate()
    {
        var report = DedupSamples.AuctionReport("4.5", "3.12", "2.8", "Monday");
        var resent = report.Replace("the finance ministry said", "the ministry of finance said", StringComparison.Ordinal);

        var verdict = DuplicateJudge.Judge(report, resent, Options);

        Assert.True(verdict.IsDuplicate);
        Assert.False(verdict.DifferentReports);
    }

    [Fact]
    public void A_price_table_for_another_day_is_a_different_report_though_few_figures_moved()
    {
        static string Table(string day, string wheat) =>
            $"The grain board reported average farm prices through March {day} as follows, in dollars per bushel.\n"
            + $"Wheat {wheat} loan rate 2.40 release price 4.65 call price 4.80.\n"
            + "Corn 1.38 loan rate 1.92 release price 3.15 call price 3.30.\n"
            + "Oats 1.58 loan rate 0.99 release price 1.65 call price 1.70.\n"
            + "Barley 1.52 loan rate 1.56 release price 2.55 call price 2.60.\n"
            + "Reserves entered after October 6, 1981 for feedgrain and after July 23, 1981 for wheat are held at these levels.";

        var verdict = DuplicateJudge.Judge(Table("4", "2.63"), Table("5", "2.63"), Options);
        var sameDay = DuplicateJudge.Judge(Table("4", "2.63"), Table("4", "2.62"), Options);

        Assert.True(verdict.Jaccard >= Options.Near, "the wording alone would call them near copies");
        Assert.False(verdict.IsDuplicate);
        Assert.True(verdict.DifferentReports);
        Assert.Contains("other dates", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("4 → 5 (a date)", verdict.Reason, StringComparison.Ordinal);
        Assert.True(sameDay.IsDuplicate, "one corrected price of many on the same day is a re-send");
    }

    [Fact]
    public void An_empty_body_is_nobodys_copy()
    {
        Assert.False(DuplicateJudge.Judge("", "  ", Options).IsDuplicate);
    }
}
