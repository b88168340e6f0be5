using NewsIngest.Core.Parsing;
using NewsIngest.Core.Text;

namespace NewsIngest.Tests.Parsing;

public class TitleAndParagraphTests
{
    [Theory]
    [InlineData("Trump Weighs Strikes on Cartels Inside Venezuela", true)]
    [InlineData("Are we going to invade Venezuela?", true)]
    [InlineData("NEW TALKS WITH U.S.", true)]
    [InlineData("iTunes now selling charity single", true)]
    [InlineData("'My memories of the tour...'", true)]
    [InlineData("The sources would not say if Maduro himself would be a target of the strike.", false)]
    [InlineData("lower-case start is a fragment", false)]
    public void A_title_is_short_and_has_no_final_period(string line, bool isTitle) =>
        Assert.Equal(isTitle, TitleDetector.IsTitle(line));

    [Fact]
    public void Hard_wrapped_lines_are_joined_and_indents_start_paragraphs()
    {
        const string Text = "ROTTERDAM, June 14 - The port board approved a plan to expand\nthe northern grain terminal, adding storage for 200,000 tonnes,\na board spokesman said.\n    The expansion is due to be finished in 2026 and will cost\nabout 90 mln euros.\n Reuter\n";

        var paragraphs = ParagraphSplitter.Split(Text).Select(p => p.Text).ToList();

        Assert.Equal(3, paragraphs.Count);
        Assert.Equal("ROTTERDAM, June 14 - The port board approved a plan to expand the northern grain terminal, adding storage for 200,000 tonnes, a board spokesman said.", paragraphs[0]);
        Assert.Equal("Reuter", paragraphs[2]);
    }

    [Fact]
    public void Lines_that_are_whole_paragraphs_stay_apart()
    {
        const string Text = "Clintons Agree to Testify in Epstein Probe\nIndia Drops Russian Oil\nDem Flips Deep-Red Texas Senate Seat\n";

        var paragraphs = ParagraphSplitter.Split(Text);

        Assert.Equal(3, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.False(p.StandsAlone));
    }

    [Fact]
    public void A_single_line_between_blank_lines_stands_alone()
    {
        var paragraphs = ParagraphSplitter.Split("Title line\n\nFirst line\nSecond line of the same block that is long\n");

        Assert.True(paragraphs[0].StandsAlone);
        Assert.False(paragraphs[1].StandsAlone);
    }
}
