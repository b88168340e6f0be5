using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class FingerprinterTests
{
    [Fact]
    public void A_fingerprint_carries_the_exact_key_signature_keys_and_word_count()
    {
        var fingerprint = Fingerprinter.Compute(DedupSamples.Story, DedupOptions.Default);

        Assert.Equal(DedupText.ExactKey(DedupSamples.Story), fingerprint.ExactKey);
        Assert.Equal(128, fingerprint.Signature.Length);
        Assert.True(fingerprint.CandidateKeys.Length > 32, "32 band keys plus anchor-pair keys");
        Assert.Equal(fingerprint.CandidateKeys.Order().Distinct(), fingerprint.CandidateKeys);
        Assert.Equal(DedupDocument.Prepare(DedupSamples.Story, DedupOptions.Default).WordCount, fingerprint.WordCount);
    }

    [Fact]
    public void The_excerpt_shares_anchor_keys_with_its_story_but_the_quoting_story_shares_none()
    {
        var story = Fingerprinter.Compute(DedupSamples.Story, DedupOptions.Default).CandidateKeys;
        var excerpt = Fingerprinter.Compute(DedupSamples.StoryExcerpt, DedupOptions.Default).CandidateKeys;
        var quoting = Fingerprinter.Compute(DedupSamples.StorySharingOneQuote, DedupOptions.Default).CandidateKeys;

        Assert.NotEmpty(story.Intersect(excerpt));
        Assert.Empty(story.Intersect(quoting));
    }

    [Fact]
    public void An_empty_body_has_no_candidate_keys()
    {
        Assert.Empty(Fingerprinter.Compute("", DedupOptions.Default).CandidateKeys);
    }
    [Fact]
    public void The_document_figures_are_those_of_the_body_without_its_quoted_lines_made_once()
    {
        var body = "> Sold 9 tonnes on Friday.\n\n" + DedupSamples.AuctionReport("2.5", "4.75", "3.1", "March 3");
        Fingerprinter.Compute(body, DedupOptions.Default, out var document);

        var figures = document.Figures;

        Assert.Equal(Figures.Extract(DedupText.WithoutQuotedLines(body)), figures);
        Assert.DoesNotContain(figures, f => f.Value == "9");
        Assert.Same(figures, document.Figures);
        Assert.Equal(figures, DedupDocument.Prepare(body, DedupOptions.Default).Figures);
    }

    [Fact]
    public void Threads_racing_on_the_first_use_of_the_figures_all_get_the_same_slots()
    {
        var body = DedupSamples.AuctionReport("2.5", "4.75", "3.1", "March 3");
        var expected = Figures.Extract(body);
        for (var round = 0; round < 20; round++)
        {
            var document = DedupDocument.Prepare(body, DedupOptions.Default);
            var seen = new FigureSlot[8][];
            Parallel.For(0, seen.Length, i => seen[i] = document.Figures);

            Assert.All(seen, s => Assert.Equal(expected, s));
            Assert.All(seen, s => Assert.Same(document.Figures, s));
        }
    }
}
