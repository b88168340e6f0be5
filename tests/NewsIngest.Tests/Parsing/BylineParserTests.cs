using NewsIngest.Core.Parsing;

namespace NewsIngest.Tests.Parsing;

public class BylineParserTests
{
    [Fact]
    public void By_line_with_several_people_and_an_outlet_is_split()
    {
        var byline = BylineParser.TryParse("By Zachary Cohen, Kylie Atwood, Kristen Holmes and Alayna Treene, CNN");

        Assert.NotNull(byline);
        Assert.Equal(["Zachary Cohen", "Kylie Atwood", "Kristen Holmes", "Alayna Treene"], byline.Authors);
        Assert.Equal("CNN", byline.Source);
    }

    [Fact]
    public void Outlet_after_a_bar_is_the_source()
    {
        var byline = BylineParser.TryParse("By Ann Lee and Omar Haddad | Reuters");

        Assert.Equal(["Ann Lee", "Omar Haddad"], byline!.Authors);
        Assert.Equal("Reuters", byline.Source);
    }

    [Fact]
    public void A_name_and_an_agency_without_By_is_a_byline()
    {
        var byline = BylineParser.TryParse("A. Smith, Associated Press");

        Assert.Equal(["A. Smith"], byline!.Authors);
        Assert.Equal("Associated Press", byline.Source);
    }

    [Fact]
    public void Upper_case_names_with_an_elided_particle_are_people()
    {
        var byline = BylineParser.TryParse("BY TED d'AFFLISIO, Reuters");

        Assert.Equal(["TED d'AFFLISIO"], byline!.Authors);
        Assert.Equal("Reuters", byline.Source);
    }

    [Theory]
    [InlineData("By Jane Roe, Staff Writer", new[] { "Jane Roe" })]
    [InlineData("By Staff Writer | Updated 3 hours ago", new string[0])]
    [InlineData("By Jane Roe, jane.roe@example.org", new[] { "Jane Roe" })]
    public void Roles_times_and_addresses_never_become_authors(string line, string[] authors) =>
        Assert.Equal(authors, BylineParser.TryParse(line)!.Authors);

    [Fact]
    public void A_date_in_the_byline_is_read()
    {
        var byline = BylineParser.TryParse("By Kofi Mensah | Nov. 14, 2023");

        Assert.Equal(["Kofi Mensah"], byline!.Authors);
        Assert.Equal("2023-11-14", byline.Date?.ToIso());
    }

    [Fact]
    public void A_role_with_an_outlet_gives_the_outlet_and_no_author()
    {
        var byline = BylineParser.TryParse("Staff Reporter, The Falls Herald");

        Assert.Empty(byline!.Authors);
        Assert.Equal("The Falls Herald", byline.Source);
    }

    [Theory]
    [InlineData("The Economic Growth for Education a of the Latest the Told Bbc")]
    [InlineData("By the end of the week, the council had voted twice.")]
    [InlineData("President Donald Trump speaks to reporters in the Oval Office of the White House on Friday.")]
    [InlineData("Ann Lee, a nurse")]
    public void Sentences_are_not_bylines(string line) => Assert.Null(BylineParser.TryParse(line));
}
