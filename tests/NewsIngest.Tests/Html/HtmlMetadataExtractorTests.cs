using AngleSharp.Html.Parser;
using NewsIngest.Core.Html;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Tests.Html;

public sealed class HtmlMetadataExtractorTests
{
    private static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    private static HtmlMetadata Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return HtmlMetadataExtractor.Extract(document, Options);
    }

    [Fact]
    public void Extract_finds_the_article_inside_a_JSON_LD_graph_and_records_the_provenance()
    {
        var metadata = Extract("""
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},
            {"@type":["NewsArticle"],"headline":"Storm closes ferry","datePublished":"2025-11-03","author":{"@type":"Person","name":"Ann Lee"},
             "publisher":{"@type":"Organization","name":"Coast News"}}]}</script>
            """);

        Assert.Equal("Storm closes ferry", metadata.Title);
        Assert.Equal("2025-11-03", metadata.Published?.ToContractString());
        Assert.Equal(["Ann Lee"], metadata.Authors);
        Assert.Equal("Coast News", metadata.Source);
        Assert.True(metadata.DeclaresArticle);
        Assert.Equal("json-ld", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_survives_broken_JSON_LD_and_falls_back_to_OpenGraph()
    {
        var metadata = Extract("""
            <script type="application/ld+json">{"@type":"NewsArticle", "headline": "Broken</script>
            <meta property="og:title" content="From OpenGraph"><meta property="article:published_time" content="2025-01-02T03:04:05Z">
            """);

        Assert.Equal("From OpenGraph", metadata.Title);
        Assert.Equal("2025-01-02T03:04:05+00:00", metadata.Published?.ToContractString());
        Assert.Equal("opengraph", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_reads_the_date_from_the_address_when_the_page_has_no_other()
    {
        var metadata = Extract("<link rel='canonical' href='https://news.example/2025/11/03/storm-closes-ferry/'><p>x</p>");

        Assert.Equal("2025-11-03", metadata.Published?.ToContractString());
        Assert.Equal("url", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_skips_dates_that_belong_to_comments()
    {
        var metadata = Extract("<div class='comments'><time datetime='2025-12-01'>Dec 1</time></div><p class='date'>Published on 4 March 2025</p>");

        Assert.Equal("2025-03-04", metadata.Published?.ToContractString());
    }

    [Fact]
    public void Extract_takes_a_byline_from_the_markup()
    {
        var metadata = Extract("<h1>Headline</h1><span class='byline'>By Priya Nandakumar</span><p>Text</p>");

        Assert.Equal(["Priya Nandakumar"], metadata.Authors);
        Assert.Equal("byline", metadata.Provenance["authors"]);
    }
}
