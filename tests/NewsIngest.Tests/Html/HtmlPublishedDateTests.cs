using System.Text;
using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Tests.Html;

/// <summary>Which day a page's published date is: the one its readers saw (issue 18, date rows), through the whole pipeline.</summary>
public sealed class HtmlPublishedDateTests
{
    private static readonly ArticlePipeline Pipeline = new(new ParseOptions { Today = new DateOnly(2026, 1, 1) });

    [Theory]
    // A day entered without a time, kept as local midnight east of London and written out in UTC.
    [InlineData("2024-03-08T23:00:00+00:00", "2024-03-09")]
    [InlineData("2024-07-19T22:00:00Z", "2024-07-20")]
    [InlineData("2024-07-19T21:00:00Z", "2024-07-20")]
    // A real time of day, or a local offset, keeps its day.
    [InlineData("2024-03-08T23:14:00+00:00", "2024-03-08T23:14:00+00:00")]
    [InlineData("2024-03-08T15:00:00+00:00", "2024-03-08T15:00:00+00:00")]
    [InlineData("2024-03-08T23:00:00+01:00", "2024-03-08T23:00:00+01:00")]
    public void The_published_day_is_the_one_readers_saw(string value, string expected)
    {
        var html = $"""
            <html><head><meta property="article:published_time" content="{value}"><title>Harbour board meets</title></head>
            <body><article><h1>Harbour board meets</h1><p>The harbour board met on Friday to discuss the new ferry timetable and the cost of dredging the channel.</p></article></body></html>
            """;

        var outcome = Pipeline.Parse("board.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(expected, Assert.IsType<ParseOutcome.Success>(outcome).Article.Published);
    }

    private static string? PublishedOf(string head, string header)
    {
        var html = $"""
            <html><head>{head}<title>Ferry timetable changes</title></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Ferry timetable changes</h1>{header}
            <p>The harbour board met on Friday to discuss the new ferry timetable and the cost of dredging the channel.</p>
            <p>Crossings will leave every forty minutes from the first week of the summer season onwards.</p></article></body></html>
            """;
        return Assert.IsType<ParseOutcome.Success>(Pipeline.Parse("ferry.html", Encoding.UTF8.GetBytes(html))).Article.Published;
    }

    private const string Republished = """
        <meta property="article:published_time" content="2023-02-10T09:00:00+01:00">
        <meta property="article:modified_time" content="2023-05-04T11:30:00+01:00">
        """;

    [Fact]
    public void A_page_that_shows_its_update_day_beside_the_headline_was_republished_that_day()
    {
        Assert.Equal("2023-05-04", PublishedOf(Republished, """<div class="article-date">4 May 2023</div>"""));
        Assert.Equal("2023-05-04", PublishedOf(Republished, """<p class="post-info">Updated May 4, 2023</p>"""));
    }

    [Fact]
    public void The_declared_publication_stands_when_the_shown_day_is_it_or_the_page_declares_no_other()
    {
        Assert.Equal("2023-02-10T09:00:00+01:00", PublishedOf(Republished, """<div class="article-date">10 February 2023</div>"""));
        // A day the metadata never declares (a caption, an event) is not a re-publication.
        Assert.Equal("2023-02-10T09:00:00+01:00", PublishedOf(Republished, """<div class="article-date">1 March 2023</div>"""));
        // A hidden stamp and a meta element are not shown.
        Assert.Equal("2023-02-10T09:00:00+01:00", PublishedOf(Republished, """<span class="updated hidden">4 May 2023</span><meta itemprop="dateModified" content="2023-05-04">"""));
    }

    [Fact]
    public void A_shown_date_whose_markup_stamps_it_as_the_modification_leaves_the_publication()
    {
        Assert.Equal("2023-02-10T09:00:00+01:00", PublishedOf(Republished, """<span class="byline"><time datetime="2023-05-04T11:30:00+01:00">May 4, 2023</time></span>"""));
    }

    [Fact]
    public void A_shown_date_is_not_taken_when_the_address_agrees_with_the_declared_one()
    {
        var head = Republished + """<meta property="og:url" content="https://example.org/2023/02/10/ferry-timetable">""";
        Assert.Equal("2023-02-10T09:00:00+01:00", PublishedOf(head, """<div class="article-date">4 May 2023</div>"""));
    }

    [Fact]
    public void Against_a_generic_date_meta_the_shown_day_wins_even_when_undeclared()
    {
        const string Generic = """<meta name="DC.date" content="2023-02-10T09:00:00+01:00">""";
        Assert.Equal("2023-02-13", PublishedOf(Generic, """<div class="meta-line">Published: 13 February 2023</div>"""));
    }

    private static string? PublishedOfPage(string html) =>
        Assert.IsType<ParseOutcome.Success>(Pipeline.Parse("page.html", Encoding.UTF8.GetBytes(html))).Article.Published;

    [Theory]
    [InlineData("""<span class="date" id="clock">Monday, 9 June 2025</span>""")]
    [InlineData("""<div class="top-bar__current-date">09.06.2025</div>""")]
    [InlineData("""<p class="info">It is currently 09 Jun 2025, 10:14</p>""")]
    [InlineData("""<p class="timebox">Aktuelle Zeit: 09.06.2025, 10:14</p>""")]
    public void A_site_clock_is_no_date_of_the_page(string clock)
    {
        var html = $"""
            <html><head><title>Canal locks reopen</title></head><body>
            <div class="masthead"><a href="/">Town Crier</a>{clock}</div>
            <div class="post"><h2>Canal locks reopen</h2><p class="post-meta">by ellen &raquo; 14.03.2024, 08:20</p>
            <p>The canal locks reopened this morning after the winter repairs to the gates and the towpath.</p></div></body></html>
            """;

        Assert.Equal("2024-03-14", PublishedOfPage(html));
    }

    [Theory]
    [InlineData("""<dd class="info">Registriert: 02.11.2019, 17:03</dd>""")]
    [InlineData("""<dd class="info">Member since Nov 2, 2019</dd>""")]
    [InlineData("""<dd class="userinfo-date">02.11.2019</dd>""")]
    public void A_forum_members_joining_day_is_no_date_of_the_thread(string joined)
    {
        var html = $"""
            <html><head><title>Bread oven questions</title></head><body>
            <div class="post"><dl class="details"><dt>marta</dt>{joined}<dd>Beiträge: 212</dd></dl>
            <p class="post-meta">by marta &raquo; 21.01.2024, 05:42</p>
            <p>Has anyone rebuilt the clay dome of an old bread oven without taking the whole thing apart?</p></div></body></html>
            """;

        Assert.Equal("2024-01-21", PublishedOfPage(html));
    }

    [Fact]
    public void A_logo_set_as_a_heading_is_not_the_headline_the_shown_date_belongs_to()
    {
        // The day beside the logo is the site's date of today; the headline's own date agrees with the generic meta.
        const string Html = """
            <html><head><meta name="date" content="2023-02-10T09:00:00+01:00"><title>Ferry timetable changes</title></head><body>
            <header><h1><a href="/" class="brand">Harbour Radio</a></h1><span class="top-date">Wednesday, 26.02.2025</span></header>
            <div class="crumbs"><a href="/">Home</a> <span class="current">10.02.2023</span></div>
            <article><h1>Ferry timetable changes</h1>
            <p>The harbour board met on Friday to discuss the new ferry timetable and the cost of dredging the channel.</p>
            <p>Crossings will leave every forty minutes from the first week of the summer season onwards.</p></article></body></html>
            """;

        Assert.Equal("2023-02-10T09:00:00+01:00", PublishedOfPage(Html));
    }

    [Theory]
    // The declared UTC instant shown on the readers' clock four and five hours west: their day is the day before.
    [InlineData("""<div class="byline">Rosa Quintero 3/5/2024 22:41</div>""", "2024-05-03")]
    [InlineData("""<div class="byline">May 3, 2024, 9:41 PM</div>""", "2024-05-03")]
    // A date of the day before without the declared time (a caption's source) is no clock of the page.
    [InlineData("""<div class="caption">Source: Harbour Gazette, 3.5.2024</div>""", "2024-05-04T02:41:00+00:00")]
    public void A_utc_morning_shown_as_the_evening_before_west_of_london_is_that_evening(string shown, string expected)
    {
        const string Declared = """<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-04T02:41:00Z"}</script>""";
        Assert.Equal(expected, PublishedOf(Declared, shown));
    }

    [Fact]
    public void A_notice_without_a_date_of_its_own_is_dated_by_its_address_written_day_first()
    {
        const string Html = """
            <html><head><link rel="canonical" href="https://example.org/news/notices/29-10-2021"><title>Volunteers thanked</title></head>
            <body><article><h1>Volunteers thanked</h1><p>The association thanked its volunteers for a year of help at the weekly advice desk.</p></article></body></html>
            """;

        Assert.Equal("2021-10-29", PublishedOfPage(Html));
    }

    [Theory]
    // A headline set as a smaller heading (no h1): the page's publication markup is the day, not Dublin Core's date.
    [InlineData("""<h3 itemprop="headline">Lock keepers retire</h3><div class="foot"><time itemprop="datePublished" datetime="2022-03-17">17.03.2022</time></div>""")]
    [InlineData("""<h2 class="title">Lock keepers retire</h2><p class="lead">Two keepers leave after forty years.</p><div class="article-meta"><time datetime="2022-03-17T08:00:00+01:00">17.03.2022</time></div>""")]
    public void A_dublin_core_date_ranks_below_the_pages_own_publication_markup(string article)
    {
        var html = $"""
            <html><head><meta name="DCTERMS.date" content="2022-03-11T15:38:44+01:00"><title>Lock keepers retire</title></head><body>
            <article>{article}
            <p>The two lock keepers of the upper canal retire this spring after forty years of opening the gates by hand.</p></article></body></html>
            """;

        Assert.StartsWith("2022-03-17", PublishedOfPage(html), StringComparison.Ordinal);
    }

    private static string PageWithScripts(string scripts, string shown = "") => $"""
        <html><head><title>Bellows for the old organ</title>{scripts}</head><body>
        <div class="product"><h1>Bellows for the old organ</h1>{shown}
        <p>Hand-stitched leather bellows for the chapel organ, made to the measure of the original frame.</p></div></body></html>
        """;

    [Theory]
    // A shop's product object: its publication, not the later modification written before it.
    [InlineData("""<script>var meta = {"product":{"updated_at":"2021-05-01T10:00:00+01:00","published_at":"2019-03-02T07:15:40+01:00"}};</script>""", "2019-03-02")]
    // A state object with its quotes escaped inside a string, and a data layer written as an object literal.
    [InlineData("""<script>window.__STATE__ = JSON.parse("{\"article\":{\"datePublished\":\"2019-03-02T08:00:00Z\"}}");</script>""", "2019-03-02")]
    [InlineData("""<script>dataLayer.push({ 'publish_date': '2019-03-02', 'pageType': 'article' });</script>""", "2019-03-02")]
    // No publication key: the creation stands in, never the modification.
    [InlineData("""<script>var photo = {"modified_at":"2021-05-01T10:00:00Z","created_at":"2019-03-02T09:12:05-05:00"};</script>""", "2019-03-02")]
    public void A_page_that_writes_no_date_is_dated_by_the_publication_key_of_its_script_data(string scripts, string expected) =>
        Assert.StartsWith(expected, PublishedOfPage(PageWithScripts(scripts)), StringComparison.Ordinal);

    [Fact]
    public void Script_data_neither_overrules_a_written_date_nor_reads_a_key_that_only_ends_like_one()
    {
        const string Script = """<script>var meta = {"published_at":"2019-03-02T07:15:40+01:00"};</script>""";
        Assert.Equal("2020-06-11", PublishedOfPage(PageWithScripts(Script, """<p class="date">11.06.2020</p>""")));
        Assert.Null(PublishedOfPage(PageWithScripts("""<script>var s = {"lastPublishedAt":"2019-03-02T07:15:40+01:00","modified":"2019-03-02"};</script>""")));
    }

    [Fact]
    public void A_notice_that_writes_no_date_is_dated_by_its_description()
    {
        const string Head = """<meta name="description" content="Otters return to the upper river (Comunicato del 3 Marzo 2021)">""";
        Assert.Equal("2021-03-03", PublishedOfPage(PageWithScripts(Head)));

        // A date written in the page itself comes first.
        Assert.Equal("2020-06-11", PublishedOfPage(PageWithScripts(Head, """<p class="date">11.06.2020</p>""")));
    }
}
