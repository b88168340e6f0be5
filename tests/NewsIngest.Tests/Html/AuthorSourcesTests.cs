namespace NewsIngest.Tests.Html;

/// <summary>Which of a page's author sources wins: outlets given as authors, logins, teasers, biographies and side links.</summary>
public sealed class AuthorSourcesTests
{
    private static IReadOnlyList<string> Authors(string html) => MetadataPages.Extract(html).Authors;

    [Fact]
    public void An_author_spelled_as_the_outlets_web_address_is_the_outlet_and_the_byline_names_the_writer()
    {
        var authors = Authors("""
            <html><head><meta property="og:site_name" content="HarbourPost.com"><meta name="author" content="Harbour Post"></head>
            <body><article><h1>Ferry timetable changes</h1><div class="autor">Mira Quell | vor 3 Stunden</div><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Mira Quell"], authors);
    }

    [Fact]
    public void Json_ld_values_a_cms_rendered_as_markup_give_their_text_and_a_person_naming_several_gives_each()
    {
        var metadata = MetadataPages.Extract("""
            <html><head><script type="application/ld+json">{"@type":"Article","headline":"Pier <em>reopens</em> after repairs",
            "author":{"@type":"Person","name":["\u003Ca href=\u0022/experts/mia-roth\u0022\u003EMia Roth\u003C/a\u003E","<a href=\"/experts/ben-ott\">Ben Ott</a>"]}}</script></head>
            <body><p>The council reopened the pier on Monday after the winter repairs to its deck and rails.</p></body></html>
            """);

        Assert.Equal("Pier reopens after repairs", metadata.Title);
        Assert.Equal(["Mia Roth", "Ben Ott"], metadata.Authors);
        Assert.Equal("json-ld", metadata.Provenance["authors"]);
    }

    [Fact]
    public void The_outlets_town_and_country_in_its_author_tag_are_no_authors()
    {
        var authors = Authors("""
            <html><head><meta property="og:site_name" content="Harbour Post"><meta name="author" content="Harbour Post, Kiel, Germany"></head>
            <body><article><h1>Ferry timetable changes</h1><p>Von Mira Quell</p><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Mira Quell"], authors);
    }

    [Fact]
    public void An_outlet_whose_name_joins_two_words_with_an_ampersand_is_not_split_into_two_authors()
    {
        var authors = Authors("""
            <html><head><meta property="og:site_name" content="Rope &amp; Anchor"><meta name="author" content="Rope &amp; Anchor"></head>
            <body><article><h1>Ferry timetable changes</h1><div class="wrote_by">By <a href="/reporters/jose-de-la-cruz">Jose de la Cruz</a></div><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Jose de la Cruz"], authors);
    }

    [Fact]
    public void An_author_tag_naming_the_site_in_another_word_order_is_the_outlet()
    {
        var authors = Authors("""
            <html><head><meta property="og:site_name" content="Fraktion Bund 90/Die Bunten"><meta name="author" content="Bund 90/Die Bunten Fraktion"></head>
            <body><article><h1>Ferry timetable changes</h1><p>Text.</p></article></body></html>
            """);

        Assert.Empty(authors);
    }

    [Fact]
    public void A_declared_author_the_page_never_shows_gives_way_to_the_byline_it_shows()
    {
        var authors = Authors("""
            <html><head><meta name="author" content="Tomas Wirth"></head>
            <body><article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p>
            <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Nela Ostrova</span></span></div></article>
            <span class="vcard rich-snippet-hidden"><span class="fn">Tomas Wirth</span></span></body></html>
            """);

        Assert.Equal(["Nela Ostrova"], authors);
    }

    [Fact]
    public void A_declared_author_the_page_shows_keeps_the_credit()
    {
        var authors = Authors("""
            <html><head><meta name="author" content="Tomas Wirth"></head>
            <body><article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p>
            <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Nela Ostrova</span></span></div>
            <p>Photos: Tomas Wirth</p></article></body></html>
            """);

        Assert.Equal(["Tomas Wirth"], authors);
    }

    [Fact]
    public void An_author_tag_naming_every_json_ld_author_and_more_gives_the_fuller_credit()
    {
        var authors = Authors("""
            <html><head><meta name="author" content="Ada Brenner, Olek Marr">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":{"@type":"Person","name":"Ada Brenner"}}</script></head>
            <body><article><h1>Ferry timetable changes</h1><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Ada Brenner", "Olek Marr"], authors);
    }

    [Fact]
    public void An_author_tag_naming_someone_else_leaves_the_json_ld_author()
    {
        var authors = Authors("""
            <html><head><meta name="author" content="Olek Marr, Lina Voss">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":{"@type":"Person","name":"Ada Brenner"}}</script></head>
            <body><article><h1>Ferry timetable changes</h1><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Ada Brenner"], authors);
    }

    [Fact]
    public void An_author_written_as_the_initials_of_the_site_name_is_the_outlet()
    {
        var authors = Authors("""
            <html><head><meta property="og:site_name" content="NORDSEE BOTE"></head>
            <body><article><h1>Ferry timetable changes</h1><ul><li class="post__meta--author"><a href="/author/redaktion/">NB</a></li></ul><p>Text.</p></article></body></html>
            """);

        Assert.Empty(authors);
    }

    [Fact]
    public void An_author_naming_one_part_of_a_site_name_joined_to_a_title_is_the_outlet()
    {
        var authors = Authors("""
            <html><head><meta property="og:site_name" content="Quiet Streets | Die Laterne"><meta name="author" content="Die Laterne"></head>
            <body><article><h1>Quiet Streets</h1><a href="/autor/oda-brink-12" rel="author"><h2>Oda Brink</h2></a><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Oda Brink"], authors);
    }

    [Fact]
    public void A_person_whose_name_opens_the_site_name_keeps_her_authorship()
    {
        var authors = Authors("""
            <html><head><meta property="og:site_name" content="Ysolde Marr - Notes on Gardens">
            <script type="application/ld+json">{"@type":"BlogPosting","headline":"Pruning","author":{"@type":"Person","name":"Ysolde Marr"}}</script></head>
            <body><article><h1>Pruning</h1><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Ysolde Marr"], authors);
    }

    [Fact]
    public void A_declared_login_gives_way_to_the_same_persons_name_in_the_byline()
    {
        var authors = Authors("""
            <html><head><script type="application/ld+json">{"@type":"Article","headline":"Stairs","author":{"@type":"Person","name":"gunnar.oberg"}}</script></head>
            <body><article><h1>Stairs</h1><div class="post-author">von <a href="/creator/gunnar-oberg/">Gunnar Öberg</a></div><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Gunnar Öberg"], authors);
    }

    [Fact]
    public void A_declared_login_stays_when_the_byline_names_someone_else()
    {
        var authors = Authors("""
            <html><head><script type="application/ld+json">{"@type":"Article","headline":"Stairs","author":{"@type":"Person","name":"gunnar_oeberg"}}</script></head>
            <body><article><h1>Stairs</h1><div class="post-author">von Lene Falk</div><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["gunnar_oeberg"], authors);
    }

    [Fact]
    public void A_declared_login_gives_way_to_the_name_it_spells_signed_in_the_text()
    {
        var authors = Authors("""
            <html><head><script type="application/ld+json">{"@type":"Article","headline":"Stairs","author":{"@type":"Person","name":"lene.falk"}}</script></head>
            <body><article><h1>Stairs</h1><p>The council voted on the new stairs.</p><p>It will be close. (Lene K. Falk)</p></article></body></html>
            """);

        Assert.Equal(["Lene K. Falk"], authors);
    }

    [Fact]
    public void A_declared_login_gives_way_to_the_writer_the_article_marks_as_its_author()
    {
        var authors = Authors("""
            <html><head><meta name="author" content="deskpost"></head>
            <body><article><h1>Stairs</h1><p class="meta">von <a rel="author" href="/creator/lene-falk/">Lene Falk</a></p><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Lene Falk"], authors);
    }

    [Fact]
    public void A_declared_login_stays_against_a_name_in_a_box_only_classed_for_the_author()
    {
        var authors = Authors("""
            <html><head><meta name="author" content="deskpost"></head>
            <body><article><h1>Stairs</h1><p>Foto: <span class="autor">Lene Falk</span></p><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["deskpost"], authors);
    }

    [Fact]
    public void A_social_profile_link_beside_the_name_is_no_part_of_the_byline()
    {
        var authors = Authors("""
            <html><body><article><h1>Running shoes</h1>
            <div class="entry-meta-author"><a class="site-author-name" href="/author/brun/">Brun</a>
            <a class="site-author-twitter" href="https://twitter.com/shoebox_brun">shoebox_brun</a></div><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Brun"], authors);
    }

    [Fact]
    public void Tag_links_in_a_byline_box_are_no_authors()
    {
        var authors = Authors("""
            <html><body><article><h1>Mirror fields</h1>
            <span class="post-author"><a href="/autor/sunfield/"><img alt="Sunfield"></a> / <a href="/thema/mirrors/" rel="tag">Mirrors</a> / <a href="/thema/heat/" rel="tag">Heat</a></span>
            <p>Text.</p></article></body></html>
            """);

        Assert.Empty(authors);
    }

    [Fact]
    public void A_byline_inside_a_teaser_link_or_a_teaser_card_belongs_to_the_other_story()
    {
        var authors = Authors("""
            <html><body><article><h1>Night trains</h1><p>Text.</p></article>
            <ul><li><a href="/story/other-one"><h3>Sleeper cars come back to the northern line</h3><span class="author-name">Von Pia Horn</span></a></li></ul>
            <article class="slider-teaser"><h2><a href="/story/two">Dumb hope</a></h2><footer><span class="teaser__author">Konrad Ilm</span></footer></article>
            </body></html>
            """);

        Assert.Empty(authors);
    }

    [Fact]
    public void An_authors_biography_box_is_passed_over_for_the_name_inside_it()
    {
        var authors = Authors("""
            <html><body><article><h1>Parsing numbers</h1><p>Text.</p>
            <div class="author-box"><a class="author-name" href="/author/varga/">Ilse Varga</a><div class="author-descr">Reporting on the harbour</div></div></article></body></html>
            """);

        Assert.Equal(["Ilse Varga"], authors);
    }

    [Fact]
    public void A_headline_in_an_element_classed_as_the_author_is_no_byline()
    {
        var authors = Authors("""
            <html><body><div class="news-single"><h1>Wind farms need faster permits!</h1>
            <span class="news-list-author" itemprop="headline">Wind farms need faster permits!</span><p>Text.</p></div></body></html>
            """);

        Assert.Empty(authors);
    }

    [Fact]
    public void A_byline_crediting_the_outlet_ends_the_search_before_other_stories_bylines()
    {
        var authors = Authors("""
            <html><head><meta property="og:site_name" content="Field Union"></head><body>
            <article><h1>Airports stay public</h1><div class="publication">13 June 2019<span class="authors">, par <span class="vcard author"><a href="auteur/field-union">Field Union</a></span></span></div><p>Text.</p></article>
            <div class="most-read"><p><a href="/other">Another story</a> <small>(<span class="vcard author"><a href="auteur/river-friends">River Friends</a></span>)</small></p></div>
            </body></html>
            """);

        Assert.Empty(authors);
    }

    [Theory]
    [InlineData("<div class='left author'>Author: <a href='index.php?site=profile&amp;id=58'><b>Kai7fox</b></a> am 29.12.2010, 13:36 Uhr</div>", "Kai7fox")]
    [InlineData("<span class='author vcard'>von <a href='/author/seabird1984/' rel='author'>seabird1984</a></span>", "seabird1984")]
    public void A_user_name_with_digits_in_a_byline_element_is_the_author(string byline, string expected)
    {
        var authors = Authors($"<html><body><article><h1>Clan news</h1>{byline}<p>Text.</p></article></body></html>");

        Assert.Equal([expected], authors);
    }

    [Fact]
    public void A_numbered_placeholder_account_is_no_author()
    {
        var authors = Authors("<html><body><article><h1>Clan news</h1><div class='user-details' itemprop='author'><a href='/users/5/user5'>user5</a></div><p>Text.</p></article></body></html>");

        Assert.Empty(authors);
    }

    [Fact]
    public void A_quotations_attribution_links_no_author()
    {
        var authors = Authors("""
            <html><body><article><h1>Annual report</h1><p>Text.</p>
            <blockquote><div>Our work is to build a commons.</div><div class="quote-user"><a href="/author/edda/">Edda Mornfield</a></div></blockquote></article></body></html>
            """);

        Assert.Empty(authors);
    }

    [Theory]
    [InlineData("<div class='comment-author vcard'><cite class='fn'><a href='https://quillmoor.example/' class='url'>quillmoor</a></cite> <span class='says'>says:</span></div>", "quillmoor")]
    [InlineData("<div class='comment_author vcard'><a href='https://quillmoor.example/' class='url'>quillmoor</a> said, on May 9, 2021 at <a href='#comment-12'>7:42 am</a></div>", "quillmoor")]
    [InlineData("<div class='comment-author'> Tamsin Quillmoor <span><a href='#'>03.05.2019 // 09:04</a></span></div>", "Tamsin Quillmoor")]
    public void The_post_authors_own_reply_in_the_comments_names_the_writer_of_a_page_without_a_byline(string header, string expected)
    {
        var authors = Authors($"""
            <html><body><article><h1>Winter pruning</h1><p>Text.</p></article>
            <ol class="comment-list"><li class="comment even depth-1"><div class="comment-author vcard"><cite class="fn">Odo Brandt</cite></div><p>Thanks!</p>
            <ul class="children"><li class="comment byuser comment-author-quillmoor bypostauthor odd depth-2">{header}<p>You are welcome.</p>
            <ul class="children"><li class="comment even depth-3"><div class="comment-author vcard"><cite class="fn">Ilka Sommer</cite></div><p>Me too.</p></li></ul></li></ul></li></ol>
            </body></html>
            """);

        Assert.Equal([expected], authors);
    }

    [Fact]
    public void The_post_authors_reply_signed_by_a_placeholder_account_names_no_one()
    {
        var authors = Authors("""
            <html><body><article><h1>Winter pruning</h1><p>Text.</p></article>
            <ol class="comment-list"><li class="comment byuser comment-author-admin bypostauthor depth-1"><div class="comment-author vcard"><cite class="fn">admin</cite> <span class="says">says:</span></div><p>Fixed, thanks.</p></li></ol>
            </body></html>
            """);

        Assert.Empty(authors);
    }

    [Fact]
    public void A_post_card_classed_with_its_authors_term_is_no_byline()
    {
        var authors = Authors("""
            <html><body><div class="mega-menu"><ul>
            <li class="post-5117 post type-post status-publish format-audio autor-brenn-oda"><a href="/night-ferries/"><img src="/f.jpg" alt=""></a><h2 class="post-title"><a href="/night-ferries/">Tidying – night ferries</a></h2></li>
            </ul></div>
            <article><h1>Talking about the new novel</h1><div class="meta"><a href="/author/mira-quell/" class="author url fn" rel="author">Mira Quell</a></div><p>Text.</p></article>
            </body></html>
            """);

        Assert.Equal(["Mira Quell"], authors);
    }

    [Fact]
    public void A_link_to_the_authors_page_that_holds_her_portraits_credit_gives_the_element_marked_as_her_name()
    {
        var authors = Authors("""
            <html><body><article><h1>Forest roads closed</h1>
            <div class="meta"><a href="/autoren/wenke-hollmer-5521"><span class="portrait"><img src="/w.jpg" alt="Wenke Hollmer"><span class="copyright">&copy; Wenke Hollmer</span></span>
            <div class="nowrap"><span itemprop="name"> Wenke Hollmer </span></div></a> <span>am</span> <span>Dienstag, 08.03.2022 - 09:15</span></div>
            <p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Wenke Hollmer"], authors);
    }

    [Fact]
    public void A_pictures_credit_in_its_caption_is_no_byline()
    {
        var authors = Authors("""
            <html><body><article><h1>Cutting emissions by half</h1>
            <figure><img src="/p.jpg" alt=""><figcaption><span class="img-caption">The plant at dusk.</span> <span class="img-author"><span itemprop="creator">Edda Mornfield/Harbour files</span></span></figcaption></figure>
            <p>Text.</p></article></body></html>
            """);

        Assert.Empty(authors);
    }

    [Fact]
    public void The_writers_portrait_captioned_with_her_name_is_her_byline()
    {
        var authors = Authors("""
            <html><body><article><h1>Cutting emissions by half</h1>
            <figure class="author-portrait"><img src="/e.jpg" alt=""><figcaption class="author-name">Edda Mornfield</figcaption></figure>
            <p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Edda Mornfield"], authors);
    }
}
