using NewsIngest.Core.Html;

namespace NewsIngest.Tests.Html;

public sealed class TitleCleanerTests
{
    [Theory]
    [InlineData("Pier to be rebuilt | The Courier", "The Courier", "Pier to be rebuilt")]
    [InlineData("Pier to be rebuilt - The Courier", null, "Pier to be rebuilt")]
    [InlineData("The Courier: Pier to be rebuilt", "The Courier", "The Courier: Pier to be rebuilt")]
    [InlineData("The Courier | Pier to be rebuilt", "The Courier", "Pier to be rebuilt")]
    [InlineData("Mozilla - Wikipedia", "Wikipedia", "Mozilla")]
    public void Clean_strips_the_site_name(string raw, string? site, string expected) =>
        Assert.Equal(expected, TitleCleaner.Clean(raw, site, heading: null));

    [Fact]
    public void Clean_keeps_a_dash_that_belongs_to_the_headline()
    {
        Assert.Equal("Rates rise again - and again", TitleCleaner.Clean("Rates rise again - and again", "The Courier", heading: null));
    }

    [Fact]
    public void Clean_cuts_the_title_back_to_the_heading_it_contains()
    {
        Assert.Equal("Pier to be rebuilt", TitleCleaner.Clean("Pier to be rebuilt :: News :: Courier Online", null, "Pier to be rebuilt"));
    }
}
