using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class DuplicateExplainerTests
{
    [Fact]
    public void Explaining_an_excerpt_lists_the_kept_paragraphs_as_shared_and_the_cut_ones_as_only_in_the_story()
    {
        var explanation = DuplicateExplainer.Explain(DedupSamples.StoryExcerpt, DedupSamples.Story, DedupOptions.Default);

        Assert.Equal(1.0, explanation.ContainmentAInB);
        Assert.InRange(explanation.ContainmentBInA, 0.4, 0.6);
        Assert.Equal(5, explanation.Shared.Count);
        Assert.Empty(explanation.OnlyInA);
        Assert.Equal(DedupSamples.StoryParagraphs[5..], explanation.OnlyInB.Select(p => p.Text));
        Assert.Equal(DuplicateKind.Excerpt, explanation.Verdict.Kind);
    }

    [Fact]
    public void Explaining_two_auction_reports_names_the_changed_figures()
    {
        var explanation = DuplicateExplainer.Explain(
            DedupSamples.AuctionReport("4.5", "3.12", "2.8", "Monday"),
            DedupSamples.AuctionReport("5.0", "3.25", "2.8", "Monday"),
            DedupOptions.Default);

        Assert.False(explanation.Verdict.IsDuplicate);
        Assert.Equal(2, explanation.Figures.Changed);
        Assert.Contains("4.5 → 5.0", explanation.Figures.Examples);
    }
}
