using NewsIngest.Core.Search;
using NewsIngest.Storage.Sqlite;

namespace NewsIngest.Tests.Search;

public sealed class SearchQueryParserTests
{
    [Theory]
    [InlineData("Blair's", "\"Blair's\"")]
    [InlineData("O'Brien", "\"O'Brien\"")]
    [InlineData("U.S.", "\"U.S.\"")]
    [InlineData("\"Mr. Blair\"", "\"Mr. Blair\"")]
    [InlineData("e-mail", "\"e-mail\"")]
    [InlineData("$1.13bn", "\"$1.13bn\"")]
    [InlineData("76%", "\"76%\"")]
    [InlineData("Blair -Brown", "(\"Blair\") NOT (\"Brown\")")]
    [InlineData("Blair NOT Brown", "(\"Blair\") NOT (\"Brown\")")]
    [InlineData("Blair OR Brown tax", "(\"Blair\" OR \"Brown\") AND \"tax\"")]
    [InlineData("econom*", "\"econom\" *")]
    [InlineData("title:Blair", "title : \"Blair\"")]
    [InlineData("TITLE:\"Prime Minister\"", "title : \"Prime Minister\"")]
    [InlineData("say \"hi\"\"", "\"say\" AND \"hi\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("Maduro Maduro maduro", "\"Maduro\"")]
    [InlineData("or and not", "\"or\" AND \"and\" AND \"not\"")]
    [InlineData("OR Blair OR", "\"Blair\"")]
    public void Everyday_search_text_becomes_quoted_FTS5_terms(string text, string fts)
    {
        Assert.Equal(fts, Fts5Query.From(SearchQueryParser.Parse(text), wordForms: false));
    }

    [Fact]
    public void Punctuation_inside_a_word_is_text_and_a_minus_inside_a_word_is_no_exclusion()
    {
        var query = SearchQueryParser.Parse("e-mail -spam");

        Assert.Equal("e-mail", Assert.Single(Assert.Single(query.Required).Alternatives).Text);
        Assert.Equal("spam", Assert.Single(Assert.Single(query.Excluded).Alternatives).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  - * &  ")]
    [InlineData("-Brown")]
    [InlineData("NOT Brown")]
    public void A_query_with_nothing_to_find_is_refused(string text)
    {
        Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(text));
    }

    [Fact]
    public void A_query_beyond_the_caps_is_refused_with_the_numbers()
    {
        var longText = string.Join(' ', Enumerable.Repeat("Maduro", 2000));
        var manyTerms = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"w{i}"));

        var tooLong = Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(longText));
        var tooMany = Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(manyTerms));

        Assert.Contains("13,999 characters", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("40 different terms", tooMany.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rate", "rate rates rated rating", "rat")]
    [InlineData("rates", "rates rate rated rating", "rat")]
    [InlineData("rating", "rating rate rates rated", "rats")]
    [InlineData("study", "study studies studied studying", "")]
    [InlineData("tax", "tax taxes taxed taxing", "")]
    [InlineData("planned", "planned plan plans planning", "plann")]
    [InlineData("walked", "walked walk walks walking", "")]
    [InlineData("approving", "approving approve approves approved", "")]
    [InlineData("news", "news", "new")]
    [InlineData("crisis", "crisis", "crisi")]
    public void A_plain_word_also_finds_its_regular_inflections(string word, string finds, string notFinds)
    {
        var forms = WordForms.Of(word);

        Assert.Equal(word, forms[0]);
        Assert.Superset(finds.Split(' ').ToHashSet(), forms.ToHashSet());
        Assert.DoesNotContain(notFinds, forms);
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("go")]
    [InlineData("東京")]
    public void Words_that_are_not_plain_English_letters_are_left_as_they_are(string word)
    {
        Assert.Equal([word], WordForms.Of(word));
    }

    [Fact]
    public void A_quoted_word_is_exact_and_a_plain_one_is_ORed_with_its_forms()
    {
        Assert.Equal("\"rate\"", Fts5Query.From(SearchQueryParser.Parse("\"rate\"")));
        Assert.Equal("(\"rate\" OR \"rates\" OR \"rated\" OR \"rating\")", Fts5Query.From(SearchQueryParser.Parse("rate")));
    }
}
