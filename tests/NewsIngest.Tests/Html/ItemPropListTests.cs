using System.Text;
using AngleSharp.Html.Parser;
using NewsIngest.Core.Html;
using NewsIngest.Core.Model;

namespace NewsIngest.Tests.Html;

/// <summary>Microdata's <c>itemprop</c> (and <c>rel</c>) as lists of names: a short post's marked body, a date marked twice.</summary>
public sealed class ItemPropListTests
{
    private static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    private const string Post =
        "We moved the allotment society's meetings to the library on Thursdays; bring your own seeds and a flask of tea.";

    private static Article Parse(string html) => HtmlArticleParser.Parse("page.html", "sha", Encoding.UTF8.GetBytes(html), Options);

    private static string Page(string main) => $"""
        <html><head><title>Garden Notes</title></head><body>
        <div class="header-outer"><h1><a href="/">Garden Notes</a></h1></div>
        <div class="main section"><div class="widget Blog" id="Blog1">
          <h2 class="date-header"><span>Tuesday, 3 March 2020</span></h2>
          {main}
        </div></div>
        <div class="widget Profile"><h2>About me</h2><a href="/profile">Ann Lee</a></div>
        </body></html>
        """;

    [Fact]
    public void A_short_post_whose_body_is_marked_with_a_list_of_itemprops_is_the_article()
    {
        var article = Parse(Page($"""
            <div class="post hentry"><h3 class="post-title">Meetings move</h3>
            <div class="post-body entry-content" itemprop="description articleBody">
            {Post}
            </div></div>
            """));

        Assert.Contains(Post, article.Body);
        Assert.DoesNotContain(article.Warnings, w => w.Code == WarningCodes.EmptyBody);
    }

    [Fact]
    public void A_related_box_around_a_teaser_marked_as_an_article_body_still_goes()
    {
        const string teaser = "Last year's harvest festival raised enough for a new greenhouse, and the committee thanks every volunteer.";
        var card = $"""<div class="post-card"><h2><a href="/harvest">Harvest</a></h2><div itemprop="articleBody">{teaser}</div></div>""";
        var body = string.Join(' ', Enumerable.Repeat(Post, 16));
        var article = Parse(Page(
            $"""<main><article><h3>Meetings move</h3><p>{body}</p></article><div class="related-posts">{card}</div></main>"""));

        Assert.Contains(Post, article.Body);
        Assert.DoesNotContain("harvest festival", article.Body);
    }

    [Theory]
    [InlineData("<div itemprop='description articleBody'>", "itemprop", "articleBody", true)]
    [InlineData("<div itemprop='articlebody'>", "itemprop", "articleBody", true)]
    [InlineData("<a rel='author\texternal'>", "rel", "author", true)]
    [InlineData("<a rel='external'>", "rel", "author", false)]
    [InlineData("<div itemprop='articleBodyText'>", "itemprop", "articleBody", false)]
    [InlineData("<div>", "itemprop", "articleBody", false)]
    public void An_attribute_that_lists_names_is_read_a_name_at_a_time(string tag, string attribute, string name, bool expected)
    {
        using var document = new HtmlParser().ParseDocument($"<body>{tag}</body>");

        Assert.Equal(expected, TokenList.Has(document.Body!.FirstElementChild!, attribute, name));
    }

    [Fact]
    public void A_date_marked_with_a_list_of_itemprops_is_the_published_date()
    {
        var body = string.Join(' ', Enumerable.Repeat(Post, 4));
        var article = Parse($"""
            <html><head><title>Meetings move</title></head><body><main><h1>Meetings move</h1>
            <p>Posted <span itemprop="datePublished dateModified" content="2021-04-05T08:00:00+00:00">Monday</span></p>
            <p>{body}</p></main></body></html>
            """);

        Assert.Equal("2021-04-05T08:00:00+00:00", article.Published);
    }
}
