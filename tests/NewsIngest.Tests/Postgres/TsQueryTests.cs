using NewsIngest.Core.Search;
using NewsIngest.Storage.Postgres;

namespace NewsIngest.Tests.Postgres;

public class TsQueryTests
{
    [Theory]
    [InlineData("climate", "('climate')")]
    [InlineData("climate summit", "('climate') & ('summit')")]
    [InlineData("\"climate summit\"", "('climate' <-> 'summit')")]
    [InlineData("climate OR weather", "(('climate') | ('weather'))")]
    [InlineData("climate -summit", "('climate') & !(('summit'))")]
    [InlineData("climate NOT summit NOT talks", "('climate') & !(('summit') | ('talks'))")]
    [InlineData("clim*", "('clim':*)")]
    [InlineData("title:climate", "('climate':A)")]
    [InlineData("title:\"central ban\"*", "('central':A <-> 'ban':*A)")]
    [InlineData("O'Brien", "('O''Brien')")]
    [InlineData("back\\slash", "('back\\\\slash')")]
    [InlineData("a&b !c", "('a&b') & ('!c')")]
    public void The_shared_search_model_becomes_a_tsquery_with_every_word_quoted(string query, string expected) =>
        Assert.Equal(expected, TsQuery.From(SearchQueryParser.Parse(query), wordForms: false));

    [Fact]
    public void A_plain_word_brings_its_inflections_as_alternatives_and_a_quoted_word_or_a_prefix_does_not()
    {
        Assert.Equal("(('rate') | ('rates') | ('rated') | ('rating'))", TsQuery.From(SearchQueryParser.Parse("rate")));
        Assert.Equal("('rate')", TsQuery.From(SearchQueryParser.Parse("\"rate\"")));
        Assert.Equal("('rat':*)", TsQuery.From(SearchQueryParser.Parse("rat*")));
    }
}
