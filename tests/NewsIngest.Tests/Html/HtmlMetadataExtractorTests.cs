using static NewsIngest.Tests.Html.MetadataPages;

namespace NewsIngest.Tests.Html;

public sealed class HtmlMetadataExtractorTests
{
    [Fact]
    public void Extract_finds_the_article_inside_a_JSON_LD_graph_and_records_the_provenance()
    {
        var metadata = Extract("""
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},
            {"@type":["NewsArticle"],"headline":"Storm closes ferry","datePublished":"2025-11-03","author":{"@type":"Person","name":"Ann Lee"},
             "publisher":{"@type":"Organization","name":"Coast News"}}]}</script>
            """);

        Assert.Equal("Storm closes ferry", metadata.Title);
        Assert.Equal("2025-11-03", metadata.Published?.ToIso());
        Assert.Equal(["Ann Lee"], metadata.Authors);
        Assert.Equal("Coast News", metadata.Source);
        Assert.True(metadata.DeclaresArticle);
        Assert.Equal("json-ld", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_follows_an_author_given_by_id_to_the_person_node_of_the_graph()
    {
        var metadata = Extract("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
             {"@type":"Organization","@id":"https://harbour.example/#org","name":"Harbour Weekly"},
             {"@type":"Article","@id":"https://harbour.example/p/1#article","headline":"Pier reopens",
              "author":[{"@id":"https://harbour.example/#/person/7"},{"@id":"https://harbour.example/#org"}]},
             {"@type":"Person","@id":"https://harbour.example/#/person/7","name":"Mira Okafor"}]}</script>
            """);

        Assert.Equal(["Mira Okafor"], metadata.Authors);
        Assert.Equal("json-ld", metadata.Provenance["authors"]);
    }

    [Fact]
    public void Extract_takes_the_web_pages_author_when_the_graph_has_no_article_node()
    {
        var metadata = Extract("""
            <script type="application/ld+json">{"@graph":[
             {"@type":"WebPage","@id":"https://harbour.example/p/2","name":"Dredging starts","author":{"@id":"https://harbour.example/#/person/9"}},
             {"@type":"Person","@id":"https://harbour.example/#/person/9","name":"Tomas Lind"}]}</script>
            <meta name="author" content="Harbour Weekly Desk">
            """);

        Assert.Equal(["Tomas Lind"], metadata.Authors);
    }

    [Fact]
    public void Extract_does_not_take_a_logo_h1_that_names_the_site_for_the_headline()
    {
        var metadata = Extract("""
            <html><head><title>Lighthouse keeper retires | Bay Blog</title></head>
            <body><h1 class="logo"><a href="/">Bay Blog</a></h1><h2>Lighthouse keeper retires</h2><p>After forty years the lamp goes dark.</p></body></html>
            """);

        Assert.Equal("Lighthouse keeper retires", metadata.Title);
    }

    [Theory]
    [InlineData("""<span class="story__kicker">Harbour</span><span class="visually-hidden">: </span><span>Ferry fares rise in spring</span>""")]
    [InlineData("""<span class="roofline">Harbour</span> Ferry fares rise in spring""")]
    public void Extract_leaves_the_kicker_above_the_headline_out_of_the_title(string inner)
    {
        var metadata = Extract($"""
            <html><head><meta property="og:title" content="Harbour: Ferry fares rise in spring"></head>
            <body><article><h1>{inner}</h1><p>Tickets will cost more.</p></article></body></html>
            """);

        Assert.Equal("Ferry fares rise in spring", metadata.Title);
    }

    [Fact]
    public void Extract_reads_a_byline_box_inside_the_article_and_ignores_one_in_a_sidebar()
    {
        var metadata = Extract("""
            <html><body><aside><span class="author">Bo Chen</span></aside>
            <article><h1>Pier reopens</h1><p>The pier reopened on Monday after repairs.</p>
            <aside><span class="article-author">Ann Lee —</span> <time>May 2</time></aside></article></body></html>
            """);

        Assert.Equal(["Ann Lee"], metadata.Authors);
    }

    [Fact]
    public void Extract_judges_a_bylines_length_after_collapsing_its_indentation()
    {
        var indent = new string(' ', 150);
        var metadata = Extract($"""
            <html><body><article><h1>Pier reopens</h1>
            <cite class="byline"><span>By </span>{indent}<span class="fn">ANN LEE</span>{indent}<abbr>March 11, 2015</abbr></cite>
            <p>The pier reopened on Monday after repairs.</p></article></body></html>
            """);

        Assert.Equal(["ANN LEE"], metadata.Authors);
    }

    [Fact]
    public void Extract_prefers_the_name_element_inside_a_byline_box_that_also_names_a_desk()
    {
        var metadata = Extract("""
            <html><body><article><h1>Pier reopens</h1>
            <div class="author-info">Harbour Desk <span itemprop="author">Ann Lee</span></div>
            <p>The pier reopened on Monday after repairs.</p></article></body></html>
            """);

        Assert.Equal(["Ann Lee"], metadata.Authors);
    }

    [Fact]
    public void Extract_reads_each_writers_link_in_a_byline_box_as_one_writer()
    {
        var metadata = Extract("""
            <html><body><article><h1>Pier reopens</h1>
            <div class="field-authors"><div class="item"><a href="/experts/mia-roth">Mia Roth</a></div><div class="item"><a href="/experts/ben-ott">Ben Ott</a></div></div>
            <p>The pier reopened on Monday after repairs.</p></article></body></html>
            """);

        Assert.Equal(["Mia Roth", "Ben Ott"], metadata.Authors);
    }

    [Fact]
    public void Extract_takes_no_link_text_in_a_byline_box_for_a_name()
    {
        var metadata = Extract("""
            <html><body><article><h1>Pier reopens</h1>
            <div class="article-authors"><p><a href="https://elsewhere.example/story">Lire l’article original</a></p></div>
            <p>The pier reopened on Monday after repairs.</p></article></body></html>
            """);

        Assert.Empty(metadata.Authors);
    }

    [Fact]
    public void Extract_drops_the_outlets_name_after_a_persons_and_ignores_an_images_author()
    {
        var metadata = Extract("""
            <html><head><meta property="og:site_name" content="BayVoice">
            <script type="application/ld+json">{"@type":"ImageObject","author":"Cy Photographer"}</script></head>
            <body><article><h1>Pier reopens</h1><span class="byline">Ann Lee BayVoice Staff</span>
            <p>The pier reopened on Monday after repairs.</p></article></body></html>
            """);

        Assert.Equal(["Ann Lee"], metadata.Authors);
    }

    [Theory]
    [InlineData("//<![CDATA[\n{0}\n//]]>")]
    [InlineData("/*<![CDATA[*/ {0} /*]]>*/")]
    public void Extract_reads_JSON_LD_wrapped_in_CDATA_before_the_pages_meta_tags(string wrapper)
    {
        const string Json = """{"@context":{"@vocab":"http://schema.org"},"@type":"NewsArticle","headline":"Ferry vote fails","datePublished":"2025-12-06T22:00:40Z"}""";
        var metadata = Extract($"""
            <meta property="article:published_time" content="2025-12-07T12:43:39Z">
            <script type="application/ld+json">{wrapper.Replace("{0}", Json, StringComparison.Ordinal)}</script>
            """);

        Assert.Equal("2025-12-06", metadata.Published?.ToIso()[..10]);
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
        Assert.Equal("2025-01-02T03:04:05+00:00", metadata.Published?.ToIso());
        Assert.Equal("opengraph", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_reads_JSON_LD_whose_strings_hold_raw_line_breaks_and_tabs()
    {
        var metadata = Extract("<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Tide tables\",\n"
            + "\"articleBody\":\"First line\nsecond line\there\",\"author\":{\"@type\":\"Person\",\"name\":\"Mia Roth\"}}</script>"
            + "<meta property=\"og:title\" content=\"From OpenGraph\">");

        Assert.Equal(["Mia Roth"], metadata.Authors);
        Assert.Equal("json-ld", metadata.Provenance["authors"]);
        Assert.Equal("Tide tables", metadata.Title);
    }

    [Fact]
    public void Extract_takes_the_author_of_a_recipe_page()
    {
        var metadata = Extract("""
            <script type="application/ld+json">{"@type":"Recipe","name":"Plum cake","author":{"@type":"Person","name":"harbourbaker"}}</script>
            <h1>Plum cake</h1>
            """);

        Assert.Equal(["harbourbaker"], metadata.Authors);
    }

    [Fact]
    public void Extract_reads_the_date_from_the_address_when_the_page_has_no_other()
    {
        var metadata = Extract("<link rel='canonical' href='https://news.example/2025/11/03/storm-closes-ferry/'><p>x</p>");

        Assert.Equal("2025-11-03", metadata.Published?.ToIso());
        Assert.Equal("url", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_skips_dates_that_belong_to_comments()
    {
        var metadata = Extract("<div class='comments'><time datetime='2025-12-01'>Dec 1</time></div><p class='date'>Published on 4 March 2025</p>");

        Assert.Equal("2025-03-04", metadata.Published?.ToIso());
    }

    [Fact]
    public void Extract_takes_a_byline_from_the_markup()
    {
        var metadata = Extract("<h1>Headline</h1><span class='byline'>By Priya Nandakumar</span><p>Text</p>");

        Assert.Equal(["Priya Nandakumar"], metadata.Authors);
        Assert.Equal("byline", metadata.Provenance["authors"]);
    }

    [Fact]
    public void Extract_takes_the_local_day_when_the_page_writes_the_UTC_instant_with_its_own_offset()
    {
        var metadata = Extract("""
            <meta property="article:published_time" content="2025-11-04T03:30:00+00:00">
            <p>Posted: <time datetime="2025-11-03T19:30:00-08:00">Nov 3, 2025 7:30 PM</time></p>
            """);

        Assert.Equal("2025-11-03T19:30:00-08:00", metadata.Published?.ToIso());
        Assert.Equal("opengraph", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_keeps_the_UTC_day_when_the_page_s_other_time_is_a_different_instant()
    {
        var metadata = Extract("""
            <meta property="article:published_time" content="2025-11-04T03:30:00+00:00">
            <p><time datetime="2025-11-03T18:00:00-08:00">Nov 3</time></p>
            """);

        Assert.Equal("2025-11-04T03:30:00+00:00", metadata.Published?.ToIso());
    }

    [Fact]
    public void Extract_does_not_read_a_slug_starting_with_a_number_as_the_day()
    {
        var metadata = Extract("""
            <link rel="canonical" href="https://blog.example/2025/10/3-questions-for-the-mayor/">
            <p class="date">Published on 28 October 2025</p>
            """);

        Assert.Equal("2025-10-28", metadata.Published?.ToIso());
        Assert.Equal("text", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_prefers_metadata_with_a_local_time_a_day_after_the_address()
    {
        var metadata = Extract("""
            <link rel="canonical" href="https://news.example/2025/11/03/filed-late/">
            <meta property="article:published_time" content="2025-11-04T09:15:00+01:00">
            """);

        Assert.Equal("2025-11-04T09:15:00+01:00", metadata.Published?.ToIso());
        Assert.Equal("opengraph", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_lets_the_address_overrule_a_UTC_time_that_crossed_midnight()
    {
        var metadata = Extract("""
            <link rel="canonical" href="https://news.example/2025/11/03/late-story/">
            <meta property="article:published_time" content="2025-11-04T02:15:00+00:00">
            """);

        Assert.Equal("2025-11-03", metadata.Published?.ToIso());
        Assert.Equal("url", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_prefers_an_earlier_date_in_the_page_over_a_generic_date_meta()
    {
        var metadata = Extract("""
            <meta name="date" content="2025-11-09T11:52:23">
            <p><span class="stand">Stand: 03.11.2025 18:00 Uhr</span></p>
            """);

        Assert.Equal("2025-11-03", metadata.Published?.ToIso());
        Assert.Equal("text", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_keeps_a_generic_date_meta_over_a_later_date_in_the_page()
    {
        var metadata = Extract("""
            <meta name="date" content="2025-11-03">
            <ul><li><span class="datum">29.11.2025 18:00 Uhr</span> Next tasting</li></ul>
            """);

        Assert.Equal("2025-11-03", metadata.Published?.ToIso());
        Assert.Equal("meta", metadata.Provenance["published"]);
    }

    [Fact]
    public void Extract_reports_a_distinct_modified_date()
    {
        var metadata = Extract("""
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-03","dateModified":"2025-11-05T08:00:00Z"}</script>
            """);

        Assert.Equal("2025-11-03", metadata.Published?.ToIso());
        Assert.Equal("2025-11-05T08:00:00+00:00", metadata.Modified?.ToIso());
        Assert.False(metadata.PublishedIsModified);
    }

    [Theory]
    [InlineData("""<meta name="author" content="Webmaster"><meta property="dc:creator" content="Ines Vidal">""")]
    [InlineData("""<meta name="author" content="Webmaster"><meta property="x:byline dc:creator" content="Ines Vidal">""")]
    [InlineData("""<meta name="DC.Creator" content="Ines Vidal"><meta name="author" content="Webmaster">""")]
    [InlineData("""<meta property="dcterms:creator" content="Ines Vidal"><meta name="author" content="Webmaster">""")]
    public void Extract_prefers_the_Dublin_Core_creator_however_it_is_spelled_to_the_plain_author_tag(string head)
    {
        var metadata = Extract(head);

        Assert.Equal(["Ines Vidal"], metadata.Authors);
        Assert.Equal("meta", metadata.Provenance["authors"]);
    }

    [Theory]
    [InlineData("""<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ines Vidal @ividal">""")]
    [InlineData("""<meta name="author" content="Ines Vidal @ividal.news">""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ines Vidal @ividal"}}</script>""")]
    public void Extract_drops_a_social_handle_written_beside_the_authors_name(string head)
    {
        var metadata = Extract(head);

        Assert.Equal(["Ines Vidal"], metadata.Authors);
    }

    [Fact]
    public void Extract_takes_no_e_mail_address_for_an_author()
    {
        Assert.Empty(Extract("""<meta name="author" content="ines.vidal@harbour.example">""").Authors);
    }

    [Fact]
    public void Extract_reads_the_author_from_a_labelled_pair_of_twitter_meta_tags()
    {
        var metadata = Extract("""
            <meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="Mia Roth">
            <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten">
            """);

        Assert.Equal(["Mia Roth"], metadata.Authors);
        Assert.Equal("meta", metadata.Provenance["authors"]);
    }

    [Fact]
    public void Extract_drops_the_outlets_name_set_before_the_authors()
    {
        var metadata = Extract("""
            <meta property="og:site_name" content="MetroVoice"><meta name="author" content="MetroVoice - Ann Lee">
            """);

        Assert.Equal(["Ann Lee"], metadata.Authors);
    }

    [Fact]
    public void Extract_keeps_the_author_of_a_one_person_site_that_carries_her_name()
    {
        var metadata = Extract("""
            <meta name="author" content="Ines Vidal">
            <script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Ines Vidal"},
              "publisher":{"@type":"Organization","name":"Ines Vidal"}}</script>
            """);

        Assert.Equal(["Ines Vidal"], metadata.Authors);
        Assert.Equal("Ines Vidal", metadata.Source);
    }

    [Theory]
    [InlineData("Harbour Times", "Organization")]
    [InlineData("Harbourtimes", "Person")]
    [InlineData("Harbour Times", "Person")]
    public void Extract_still_drops_an_outlet_named_as_its_own_author(string outlet, string type)
    {
        var json = $$$"""{"@type":"NewsArticle","author":{"@type":"{{{type}}}","name":"{{{outlet}}}"},"publisher":{"@type":"Organization","name":"{{{outlet}}}"}}""";

        var metadata = Extract($"""<meta name="author" content="{outlet}"><script type="application/ld+json">{json}</script>""");

        Assert.Empty(metadata.Authors);
    }

    [Fact]
    public void Extract_takes_no_author_from_a_credit_of_the_outlet_or_a_json_ld_author_that_spells_its_address()
    {
        var credit = Extract("""
            <html><head><meta property="og:site_name" content="Harbour Times"></head><body><article><h1>Ferry timetable changes</h1>
            <span class="recipe-card-author">Recipe by Harbour Times</span><p>The winter timetable starts on Monday.</p></article></body></html>
            """);
        var spelled = Extract("""
            <html><head><meta property="og:url" content="https://www.harbour-times.example/ferry">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Harbour Times"},"publisher":{"@type":"Organization","name":"HT Media Group"}}</script></head>
            <body><article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p></article></body></html>
            """);

        Assert.Empty(credit.Authors);
        Assert.Empty(spelled.Authors);
    }

    [Fact]
    public void Extract_reads_a_byline_without_the_label_only_screen_readers_get()
    {
        var metadata = Extract("""
            <html><body><article><h1>Ferry timetable changes</h1>
            <ul class="post-meta"><li class="post-author"><span class="screen-reader-text">Post author</span>
            <span class="meta-text">By <a href="/people/ines/">Ines Vidal</a></span></li></ul>
            <p>The winter timetable starts on Monday.</p></article></body></html>
            """);

        Assert.Equal(["Ines Vidal"], metadata.Authors);
    }

    [Theory]
    [InlineData("/author/ines-vidal/", "Ines Vidal", "Ines Vidal")]
    [InlineData("/autoren/ines-vidal", "Alle Beiträge von Ines Vidal", "Ines Vidal")]
    [InlineData("/author/ines-vidal/", "View all posts by Ines Vidal", "Ines Vidal")]
    public void Extract_falls_back_on_the_first_link_to_an_authors_page(string href, string text, string expected)
    {
        var metadata = Extract($"""
            <html><body><nav><a href="/author/site-admin/">Site Admin</a></nav>
            <article><h1>Ferry timetable changes</h1><div class="meta"><a href="{href}">{text}</a> / 3 May 2024</div>
            <p>The winter timetable starts on Monday.</p></article>
            <footer><a href="/author/bo-chen/">Bo Chen</a></footer></body></html>
            """);

        Assert.Equal([expected], metadata.Authors);
        Assert.Equal("byline", metadata.Provenance["authors"]);
    }

    [Theory]
    [InlineData("/author/ines-vidal/", "Read more")]
    [InlineData("/authors/", "Our authors")]
    [InlineData("/tag/ines-vidal/", "Ines Vidal")]
    public void Extract_takes_no_author_from_a_link_that_names_no_one_or_no_authors_page(string href, string text)
    {
        var metadata = Extract($"""
            <html><body><article><h1>Ferry timetable changes</h1><p><a href="{href}">{text}</a></p></article></body></html>
            """);

        Assert.Empty(metadata.Authors);
    }

    [Fact]
    public void Extract_takes_a_JSON_LD_author_typed_both_Person_and_Organization_for_a_person()
    {
        var metadata = Extract("""
            <script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","author":{"@id":"#me"}},
              {"@type":["Person","Organization"],"@id":"#me","name":"Ines Vidal"}]}</script>
            """);

        Assert.Equal(["Ines Vidal"], metadata.Authors);
        Assert.Equal("json-ld", metadata.Provenance["authors"]);
    }

    [Fact]
    public void Extract_reads_the_byline_of_a_page_whose_body_class_mentions_comments()
    {
        var metadata = Extract("""
            <html><body class="single showing-comments"><article><h1>Ferry timetable changes</h1>
            <p class="byline">By Ines Vidal</p><p>The winter timetable starts on Monday.</p></article>
            <section id="comments"><p class="comment-author">By Bo Chen</p></section></body></html>
            """);

        Assert.Equal(["Ines Vidal"], metadata.Authors);
    }

    [Fact]
    public void Extract_takes_no_author_from_a_comment_thread()
    {
        var metadata = Extract("""
            <html><body><article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p></article>
            <section id="comments"><p class="comment-author">By Bo Chen</p><a href="/author/bo-chen/">Bo Chen</a></section></body></html>
            """);

        Assert.Empty(metadata.Authors);
    }

    [Theory]
    [InlineData("<h5>Autor: </h5>Ben Ott<br><h5>Datum: </h5>03.11.2021")]
    [InlineData("<p>Ferries run hourly.<br><strong>Text:</strong> Ben Ott</p>")]
    [InlineData("<p><b>Von:</b><br><br> Ben Ott</p>")]
    [InlineData("<div><span>Author: </span><span>Ben Ott</span></div>")]
    public void Extract_reads_a_name_set_after_an_element_that_holds_only_the_bylines_label(string markup)
    {
        var metadata = Extract($"""
            <html><body><article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p>{markup}</article></body></html>
            """);

        Assert.Equal(["Ben Ott"], metadata.Authors);
    }

    [Fact]
    public void Extract_takes_no_sentence_after_a_label_for_a_name()
    {
        var metadata = Extract("""
            <html><body><article><h1>Ferry timetable changes</h1><p><b>Text:</b> the winter timetable starts on Monday and runs until March.</p></article></body></html>
            """);

        Assert.Empty(metadata.Authors);
    }

    [Theory]
    [InlineData("<h1>Von Fähren, Häfen und «kleinen Booten»</h1>")]
    [InlineData("<h2>Von Fähren und Häfen</h2>")]
    [InlineData("<p>Von Fähren, Häfen und „Booten“</p>")]
    public void Extract_takes_no_headline_or_quotation_that_opens_with_von_for_a_byline(string markup)
    {
        var metadata = Extract($"""<html><body><article>{markup}<p>The winter timetable starts on Monday.</p></article></body></html>""");

        Assert.Empty(metadata.Authors);
    }

    [Fact]
    public void Extract_reads_a_text_byline_in_a_teaser_box_that_holds_the_headline_too()
    {
        var metadata = Extract("""
            <html><body><main><div class="module teaser-top"><div class="head"><h1>Ferry timetable changes</h1></div>
            <div class="meta">Ein Artikel von <strong>Mia Roth</strong> | 27.01.2022</div></div>
            <p>The winter timetable starts on Monday.</p></main></body></html>
            """);

        Assert.Equal(["Mia Roth"], metadata.Authors);
    }

    [Fact]
    public void Extract_takes_no_text_byline_from_a_teaser_for_another_story()
    {
        var metadata = Extract("""
            <html><body><main><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p></main>
            <div class="teaser-list"><div class="teaser"><h3>Harbour fees rise</h3><div class="meta">Ein Artikel von Bo Chen</div></div></div></body></html>
            """);

        Assert.Empty(metadata.Authors);
    }

    [Fact]
    public void Extract_reads_a_labelled_byline_set_after_the_date_with_a_dash()
    {
        var metadata = Extract("""
            <html><body><article><h1>Ferry timetable changes</h1>
            <div class="timedata">05.02.2020 <span>– Redaktion: Mia Roth (Pressesprecherin des Vereins)</span></div>
            <p>The winter timetable starts on Monday.</p></article></body></html>
            """);

        Assert.Equal(["Mia Roth"], metadata.Authors);
    }

    [Fact]
    public void Extract_still_drops_the_outlet_named_with_its_web_address_in_brackets()
    {
        var metadata = Extract("""
            <meta name="publisher" content="Harbour Times (www.harbourtimes.com)"><meta name="author" content="Harbour Times (www.harbourtimes.com)">
            """);

        Assert.Empty(metadata.Authors);
    }

    [Fact]
    public void Extract_skips_the_posting_time_of_an_embedded_post_and_the_publish_stamps_of_teasers()
    {
        var metadata = Extract("""
            <html><body><article><h1>Dock strike ends</h1>
            <blockquote class="embedded-post"><p>Picket line at dawn</p><time datetime="2024-02-01T07:00:00+00:00">Feb 1, 2024</time></blockquote>
            <p>The dock workers voted on Thursday to accept the new offer after three weeks.</p>
            <div class="post-date">Thursday, 14 March 2024</div></article>
            <section class="teaser-list"><div class="teaser"><p><time pubdate datetime="2024-05-20T10:00:00+00:00">20 May</time></p></div></section>
            </body></html>
            """);

        Assert.Equal("2024-03-14", metadata.Published?.ToIso());
    }

    [Fact]
    public void Extract_reads_Dublin_Core_creators_written_surname_first_as_one_person_each()
    {
        var metadata = Extract("""
            <meta name="DC.Creator" content="Vidal, I."><meta name="DC.Creator" content="Berg, Jan van den"><meta name="DC.Creator" content="van der Laan, Mia">
            """);

        Assert.Equal(["I. Vidal", "Jan van den Berg", "Mia van der Laan"], metadata.Authors);
    }

    [Fact]
    public void Extract_keeps_two_people_in_one_Dublin_Core_creator_apart()
    {
        Assert.Equal(["Ines Vidal", "Bo Chen"], Extract("""<meta name="DC.Creator" content="Ines Vidal, Bo Chen">""").Authors);
    }
}
