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
}
