using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Golden;

/// <summary>The seed table of the corpus README ("what a right parse is"), fact by fact.</summary>
public class SeedFactsTests
{
    private static Article Seed(string prefix)
    {
        var root = RepoPaths.Root;
        var file = Directory.GetFiles(Path.Combine(root, "seeds"), prefix + "_*.txt").Single();
        var outcome = new ArticlePipeline(new ParseOptions { Today = new DateOnly(2026, 1, 1) }).Parse(file, File.ReadAllBytes(file));
        return Assert.IsType<ParseOutcome.Success>(outcome).Article;
    }

    [Fact]
    public void Seed_000_has_no_title_the_inline_header_date_and_its_pull_quote_removed()
    {
        var a = Seed("000");

        Assert.Null(a.Title);
        Assert.Equal("2025-10-31", a.Published);
        Assert.Equal(DateSource.Header, a.DateSource);
        Assert.Empty(a.Authors);
        Assert.Null(a.Source);
        Assert.StartsWith("Trump's administration is getting ready", a.Body);
        Assert.EndsWith("against the cartels or the Maduro regime.\"", a.Body);
        var removal = Assert.Single(a.Boilerplate);
        Assert.Equal(BoilerplateReasons.PullQuote, removal.Reason);
        Assert.StartsWith("'What’s worse for him,", removal.Text);
        Assert.EndsWith("hand him over.'", removal.Text);
    }

    [Fact]
    public void Seed_001_has_no_title_no_date_a_warning_and_nothing_removed()
    {
        var a = Seed("001");

        Assert.Null(a.Title);
        Assert.Null(a.Published);
        Assert.Equal(DateSource.None, a.DateSource);
        Assert.Contains(a.Warnings, w => w.Code == WarningCodes.NoDate);
        Assert.Empty(a.Authors);
        Assert.Null(a.Source);
        Assert.StartsWith("The Trump administration is reportedly preparing", a.Body);
        Assert.EndsWith("a similar government philosophy.", a.Body);
        Assert.Empty(a.Boilerplate);
    }

    [Fact]
    public void Seed_002_has_its_title_four_authors_CNN_and_the_CNN_furniture_removed()
    {
        var a = Seed("002");

        Assert.Equal("Trump weighs strikes targeting cartels inside Venezuela, part of wider pressure campaign on Maduro, sources say", a.Title);
        Assert.True(a.Published is null or "2025");
        Assert.True(a.DateSource is DateSource.None or DateSource.Copyright);
        Assert.Equal(["Zachary Cohen", "Kylie Atwood", "Kristen Holmes", "Alayna Treene"], a.Authors);
        Assert.Equal("CNN", a.Source);
        Assert.StartsWith("President Donald Trump is weighing a multitude of options", a.Body);
        Assert.EndsWith("The UN doesn’t know what they’re talking about.”", a.Body);
        Assert.Equal(
            [BoilerplateReasons.PhotoCaption, BoilerplateReasons.Contributor, BoilerplateReasons.WireTag, BoilerplateReasons.Copyright],
            a.Boilerplate.Select(b => b.Reason));
        Assert.StartsWith("President Donald Trump speaks to reporters", a.Boilerplate[0].Text);
        Assert.StartsWith("CNN’s Jennifer Hansler,", a.Boilerplate[1].Text);
        Assert.Equal("The-CNN-Wire", a.Boilerplate[2].Text);
        Assert.StartsWith("™ & © 2025 Cable News Network", a.Boilerplate[3].Text);
    }

    [Fact]
    public void Seed_002_keeps_its_section_headings_as_paragraphs()
    {
        var paragraphs = Seed("002").Paragraphs.ToList();

        Assert.Contains("‘Green light’ to kill terrorists", paragraphs);
        Assert.Contains("Concern around Washington", paragraphs);
        Assert.Contains("‘Are we going to invade Venezuela?’", paragraphs);
    }

    [Fact]
    public void Seed_003_has_its_title_once_no_CNN_source_and_the_20_headlines_removed()
    {
        var a = Seed("003");

        Assert.Equal("Trump Weighs Strikes on Cartels Inside Venezuela", a.Title);
        Assert.Null(a.Published);
        Assert.Equal(DateSource.None, a.DateSource);
        Assert.Empty(a.Authors);
        Assert.NotEqual("CNN", a.Source);
        Assert.StartsWith("President Donald Trump is weighing a multitude of options", a.Body);
        Assert.EndsWith("indicted in the United States for trafficking drugs into the country.”", a.Body);
        Assert.DoesNotContain("Trump Weighs Strikes", a.Body);
        var headlines = a.Boilerplate.Where(b => b.Reason == BoilerplateReasons.RelatedHeadlines).Select(b => b.Text).ToList();
        Assert.Equal(20, headlines.Count);
        Assert.Equal("Clintons Agree to Testify in Epstein Probe", headlines[0]);
        Assert.Equal("Partial Shutdown Likely Tonight Despite Senate Deal", headlines[^1]);
    }

    [Fact]
    public void Seed_004_has_the_inline_header_date_and_nothing_removed()
    {
        var a = Seed("004");

        Assert.Null(a.Title);
        Assert.Equal("2025-09-10", a.Published);
        Assert.Equal(DateSource.Header, a.DateSource);
        Assert.Empty(a.Authors);
        Assert.Null(a.Source);
        Assert.StartsWith("US President Donald Trump's administration is considering", a.Body);
        Assert.EndsWith("reduce the flow of drugs into the U.S.?\"", a.Body);
        Assert.Empty(a.Boilerplate);
    }
}
