namespace NewsIngest.Tests.Html;

/// <summary>An organisation the JSON-LD names as the article's author: the credit when no person is named, unless it is the outlet.</summary>
public sealed class OrganizationAuthorTests
{
    private static NewsIngest.Core.Html.HtmlMetadata Extract(string author, string url = "https://harbour.example/wiki/Pier") => MetadataPages.Extract($$$"""
        <html><head><link rel="canonical" href="{{{url}}}">
        <script type="application/ld+json">{"@type":"Article","name":"Pier","author":{{{author}}},
          "publisher":{"@type":"Organization","name":"Harbour Foundation, Inc."}}</script></head>
        <body><article><h1>Pier</h1><p>The pier was built in 1901 and rebuilt twice.</p></article></body></html>
        """);

    [Fact]
    public void An_organisation_other_than_the_outlet_is_the_credit_when_no_person_is_named()
    {
        var metadata = Extract("""{"@type":"Organization","name":"Contributors to Shoreline projects"}""");

        Assert.Equal(["Contributors to Shoreline projects"], metadata.Authors);
        Assert.Equal("json-ld", metadata.Provenance["authors"]);
    }

    [Theory]
    // The publisher itself.
    [InlineData("""{"@type":"Organization","name":"Harbour Foundation, Inc."}""", "https://harbour.example/wiki/Pier")]
    // The outlet by its web address's name.
    [InlineData("""{"@type":"NewsMediaOrganization","name":"Coast News"}""", "https://www.coastnews.example/pier")]
    [InlineData("""{"@type":"Organization","name":"Redaktion coastnews.de"}""", "https://coastnews.de/pier")]
    [InlineData("""{"@type":"Organization","name":"BBC News"}""", "https://www.bbc.co.uk/news/pier")]
    public void The_outlet_named_as_the_author_is_still_no_author(string author, string url)
    {
        Assert.Empty(Extract(author, url).Authors);
    }

    [Fact]
    public void A_person_wins_over_an_organisation()
    {
        var metadata = Extract("""[{"@type":"Organization","name":"Harbour Press Agency"},{"@type":"Person","name":"Ines Vidal"}]""");

        Assert.Equal(["Ines Vidal"], metadata.Authors);
    }

    [Theory]
    [InlineData("heise online", "https://www.heise.de/news/pier.html", "Ines Vidal")]
    [InlineData("Ann Lee", "https://annlee.example/2024/pier", "Ann Lee")]
    public void A_creator_tag_spelling_the_web_address_is_the_outlet_unless_a_given_name_opens_it(string creator, string url, string expected)
    {
        var metadata = MetadataPages.Extract($"""
            <html><head><link rel="canonical" href="{url}"><meta property="og:site_name" content="Technology Review">
            <meta name="DC.creator" content="{creator}"><meta name="author" content="Ines Vidal"></head>
            <body><article><h1>Pier</h1><p>The pier was built in 1901 and rebuilt twice.</p></article></body></html>
            """);

        Assert.Equal([expected], metadata.Authors);
    }
}
