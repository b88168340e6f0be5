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

        // dups explain prints "not duplicates — " before the reason: the reason says why, not the verdict again.
        Assert.StartsWith("too different: Jaccard ", verdict.Reason, StringComparison.Ordinal);
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
    public void The_first_paragraphs_of_a_story_are_its_excerpt_though_the_rest_repeats_a_figure_frame_with_another_figure()
    {
        string[] paragraphs =
        [
            "The county water board is seeking a 40 mln crown loan to rebuild the pumping station on the river, officials said on Tuesday, and hopes to sign it before the summer.",
            "They said the loan, which will be shared among the three banks that already hold the board's accounts, would let work start in the autumn without raising the water rate for households.",
            "The board added that the old station had failed twice in the dry spell last year and that the engineers' report had called its pumps beyond repair.",
            "The money will include a 15 mln crown reserve for the new filter beds, which the board wants to order at the same time to save on the cost of the contractors.",
        ];
        var story = string.Join("\n\n", paragraphs);
        var excerpt = string.Join("\n\n", paragraphs.Take(3));

        var verdict = DuplicateJudge.Judge(excerpt, story, Options);

        // "a 40 mln crown" and "a 15 mln crown" share a frame: the second is what the full story adds, not a change.
        Assert.True(verdict.IsDuplicate, verdict.Reason);
        Assert.Equal(DuplicateKind.Excerpt, verdict.Kind);
        Assert.False(verdict.DifferentReports);
    }

    [Fact]
    public void A_weekly_report_for_a_week_in_another_month_is_a_different_report()
    {
        static string Weekly(string ended, string tonnes) =>
            $"Ferries carried {tonnes} tonnes of timber from the northern ports in the week ended {ended}, the harbour authority said in its weekly bulletin.\n\n"
            + "There were no sailings from the two southern ports during the week because of repairs to the loading cranes.\n\n"
            + "The authority said the season's shipments so far were in line with its forecast and that the winter timetable would start as planned.";

        var verdict = DuplicateJudge.Judge(Weekly("March 26", "12,400"), Weekly("April 2", "12,400"), Options);

        Assert.True(verdict.Jaccard >= Options.Near, "the wording alone would call them near copies");
        Assert.False(verdict.IsDuplicate);
        Assert.True(verdict.DifferentReports);
        Assert.Contains("mar 26 → apr 2 (a date)", verdict.Reason, StringComparison.Ordinal);
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
        Assert.Contains("mar 4 → mar 5 (a date)", verdict.Reason, StringComparison.Ordinal);
        Assert.True(sameDay.IsDuplicate, "one corrected price of many on the same day is a re-send");
    }

    [Fact]
    public void An_empty_body_is_nobodys_copy()
    {
        Assert.False(DuplicateJudge.Judge("", "  ", Options).IsDuplicate);
    }
}
