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
    [InlineData("Product testers wanted: try and rate \u2502 Pantry Market", null, "Product testers wanted: try and rate")]
    [InlineData("Harbour Ferries -", null, "Harbour Ferries")]
    [InlineData("| Pier to be rebuilt", null, "Pier to be rebuilt")]
    [InlineData("Ferry timetable –", null, "Ferry timetable")]
    [InlineData("Pier - to be rebuilt", null, "Pier - to be rebuilt")]
    [InlineData("« Le quai sera reconstruit »", null, "« Le quai sera reconstruit »")]
    [InlineData("Avalanche report 14. - 20. January 2022 - Snow Institute", "Snow Institute", "Avalanche report 14. - 20. January 2022")]
    [InlineData("Ferry fleet 1931 – 1945", null, "Ferry fleet 1931 – 1945")]
    [InlineData("Pier to be rebuilt • The Courier", "The Courier", "Pier to be rebuilt")]
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

    [Fact]
    public void Clean_cuts_everything_from_the_site_name_on_when_it_stands_after_the_headline()
    {
        Assert.Equal("Lighthouse keeper retires", TitleCleaner.Clean("Lighthouse keeper retires : Bay Blog | Notes from the coast | Since 2009", "Bay Blog", heading: null));
    }

    [Theory]
    [InlineData("Lighthouse keeper retires | Bay Blog", "Bay Blog", true)]
    [InlineData("Bay Blog | Lighthouse keeper retires", "Bay Blog", false)]
    [InlineData("News - Lighthouse keeper retires after forty years - Bay Blog", "Lighthouse keeper retires after forty years", false)]
    [InlineData("Lighthouse keeper retires", "Lighthouse keeper retires", false)]
    [InlineData("Crossbody lead variations - Dance figures - Salsa Club", "Dance figures - Salsa Club", true)]
    [InlineData("Harbour news - Ferry returns - Coast Post", "Harbour news - Ferry returns", false)]
    public void IsTrailingPart_tells_a_sites_name_from_the_headline(string title, string part, bool expected) =>
        Assert.Equal(expected, TitleCleaner.IsTrailingPart(title, part));

    [Theory]
    [InlineData("garden diary: Moss garden diary", "garden diary", true)]
    [InlineData("garden diary | Moss garden diary", "garden diary", true)]
    [InlineData("garden diary: Moss garden diary", "Moss garden diary", false)]
    [InlineData("Moss: a garden diary", "Moss", false)]
    public void IsLeadingName_tells_a_name_set_before_another_declared_title(string title, string part, bool expected) =>
        Assert.Equal(expected, TitleCleaner.IsLeadingName(title, part, ["Moss garden diary"]));

    [Fact]
    public void Clean_keeps_a_last_part_that_names_the_site_among_words_of_its_own()
    {
        Assert.Equal("Outdoor news - New snow maps on bayhikes.example",
            TitleCleaner.Clean("bayhikes.example - Outdoor news - New snow maps on bayhikes.example", "bayhikes.example", heading: null));
    }

    [Theory]
    [InlineData("Tide tables explained | HARBOURPOST", "Tide tables", "www.harbourpost.example", "Tide tables explained")]
    [InlineData("harbourpost.example //  » Ann Lee", null, "harbourpost.example", "Ann Lee")]
    [InlineData("Harbour Post - Tide tables explained", null, "harbour-post.example", "Tide tables explained")]
    [InlineData("Tide tables explained | Bay Blog", null, "harbourpost.example", "Tide tables explained")]
    [InlineData("Tide tables explained - Harbourpost wins an award for them", null, "harbourpost.example", "Tide tables explained - Harbourpost wins an award for them")]
    public void Clean_drops_a_first_or_last_part_that_is_the_pages_own_host_name(string raw, string? site, string host, string expected) =>
        Assert.Equal(expected, TitleCleaner.Clean(raw, site, heading: null, host));

    [Theory]
    [InlineData("春天的声音：有你才有花开！-海湾网", "春天的声音：有你才有花开！")]
    [InlineData("春天的声音_新闻频道_海湾网", "春天的声音_新闻频道_海湾网")]
    public void Clean_strips_a_site_name_set_on_a_chinese_title_with_a_bare_dash(string raw, string expected) =>
        Assert.Equal(expected, TitleCleaner.Clean(raw, null, heading: null));

    [Theory]
    [InlineData("23.01.2022 - Lighthouse keeper retires after forty years", "Lighthouse keeper retires after forty years")]
    [InlineData("2022-01-23 | Lighthouse keeper retires", "Lighthouse keeper retires")]
    [InlineData("1984 - the year the pier burned", "1984 - the year the pier burned")]
    public void WithoutLeadingDate_drops_a_date_set_before_the_headline(string raw, string expected) =>
        Assert.Equal(expected, TitleCleaner.WithoutLeadingDate(raw));

    [Theory]
    [InlineData("Bay Club - News » Lighthouse keeper retires", "Lighthouse keeper retires", true)]
    [InlineData("Lighthouse keeper retires | Bay Blog", "Bay Blog", false)]
    public void IsLastOfMany_finds_the_headline_after_the_site_and_its_section(string title, string part, bool expected) =>
        Assert.Equal(expected, TitleCleaner.IsLastOfMany(title, part));
}
