using NewsIngest.Storage.Postgres;

namespace NewsIngest.Tests.Postgres;

public class TsQueryTextTests
{
    [Theory]
    [InlineData("climate", "'climate'")]
    [InlineData("climate summit", "('climate' & 'summit')")]
    [InlineData("climate AND summit", "('climate' & 'summit')")]
    [InlineData("\"climate summit\"", "'climate summit'")]
    [InlineData("climate OR weather", "('climate' | 'weather')")]
    [InlineData("climate NOT summit", "('climate' & !'summit')")]
    [InlineData("climate -summit", "('climate' & !'summit')")]
    [InlineData("clim*", "'clim':*")]
    [InlineData("title:climate", "'climate':A")]
    [InlineData("(a OR b) c", "(('a' | 'b') & 'c')")]
    [InlineData("O'Brien", "'O''Brien'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("a & b | !c", "('a' & '&' & 'b' & '|' & '!c')")]
    public void The_users_search_syntax_becomes_a_tsquery_with_every_operand_quoted(string query, string expected) =>
        Assert.Equal(expected, TsQueryText.Translate(query));

    [Theory]
    [InlineData("")]
    [InlineData("\"open phrase")]
    [InlineData("(a OR b")]
    [InlineData("a)")]
    [InlineData("a OR")]
    [InlineData("NOT")]
    public void A_query_that_does_not_close_or_has_no_words_is_refused(string query) =>
        Assert.Throws<FormatException>(() => TsQueryText.Translate(query));
}
