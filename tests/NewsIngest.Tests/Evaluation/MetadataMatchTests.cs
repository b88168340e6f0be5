using NewsIngest.Evaluation.Corpora.Newsgroups;
using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Tests.Evaluation;

public class MetadataMatchTests
{
    [Fact]
    public void Titles_match_across_case_spacing_and_curly_quotes()
    {
        Assert.True(TextMatch.Same("ACME  RAISES ‘WIDGET’ OUTPUT", "Acme raises 'widget' output"));
        Assert.False(TextMatch.Same("Acme raises output", "Acme cuts output"));
        Assert.False(TextMatch.Same("", ""));
    }

    [Fact]
    public void Titles_match_across_invisible_soft_hyphens_zero_width_spaces_and_control_characters()
    {
        Assert.True(TextMatch.Same("Harbour\u00ADmaster re\u00ADtires", "Harbourmaster retires"));
        Assert.True(TextMatch.Same("Harbour\u200Bmaster retires", "Harbourmaster retires"));
        Assert.True(TextMatch.Same("\u0010Harbourmaster retires\u001b", "Harbourmaster retires"));
        Assert.False(TextMatch.Same("Harbour-master retires", "Harbourmaster retires"));
    }

    [Fact]
    public void Bylines_split_into_names_without_by()
    {
        Assert.Equal(["Donald Nordberg", "Michael Shields"], AuthorMatch.SplitNames("By Donald Nordberg and Michael Shields"));
        Assert.Equal(["Ann Lee", "Reuters"], AuthorMatch.SplitNames("by Ann Lee, Reuters"));
    }

    [Fact]
    public void AllNamed_needs_every_labelled_name()
    {
        Assert.True(AuthorMatch.AllNamed(["Donald Nordberg", "Michael Shields"], ["michael shields", "Donald  Nordberg"]));
        Assert.False(AuthorMatch.AllNamed(["Donald Nordberg", "Michael Shields"], ["Donald Nordberg"]));
        Assert.False(AuthorMatch.AllNamed([], ["Donald Nordberg"]));
        Assert.True(AuthorMatch.AllNamed(["Stefan Hartmann Behse"], ["Stefan Hartmann (Behse)"]));
        Assert.False(AuthorMatch.AllNamed(["Stefan Hartmann"], ["Stefan Hartmann (Behse)"]));
    }

    [Fact]
    public void FirstWithinByline_finds_whole_words_inside_a_raw_byline()
    {
        Assert.True(AuthorMatch.FirstWithinByline("By GILLIAN MOHNEY   March 11, 2015 3:46 PM", ["Gillian Mohney"]));
        Assert.False(AuthorMatch.FirstWithinByline("By GILLIAN MOHNEY", ["Gill Mohney"]));
        Assert.False(AuthorMatch.FirstWithinByline("By GILLIAN MOHNEY", []));
    }

    [Theory]
    [InlineData("Re: Happy Easter!", "Happy Easter!", true)]
    [InlineData("Re: RE: Happy Easter!", "Re: Happy Easter!", true)]
    [InlineData("Re: Happy Easter!", "Happy Birthday!", false)]
    [InlineData("Happy Easter!", null, false)]
    public void Subjects_match_titles_with_or_without_reply_prefixes(string subject, string? title, bool same)
    {
        Assert.Equal(same, NewsgroupsEvaluation.SameSubject(subject, title));
    }
}
