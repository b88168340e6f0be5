using static NewsIngest.Tests.Html.MetadataPages;

namespace NewsIngest.Tests.Html;

/// <summary>What a heading's markup says about the headline: reading aids, the page's only h1, a section heading's place.</summary>
public sealed class HtmlHeadlineMarkupTests
{
    [Fact]
    public void Ruby_readings_over_the_characters_are_no_words_of_the_headline()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="やさしい日本語|新しい駅が町にできる"></head>
            <body><article><h1><ruby>新<rt>あたら</rt></ruby>しい<ruby>駅<rp>(</rp><rt>えき</rt><rp>)</rp></ruby>が<ruby>町<rt>まち</rt></ruby>にできる</h1>
            <p>本文です。</p></article></body></html>
            """);

        Assert.Equal("新しい駅が町にできる", metadata.Title);
    }

    [Fact]
    public void A_page_whose_every_title_names_the_site_takes_the_block_classed_as_its_title()
    {
        var metadata = Extract("""
            <html><head><title>STORIES • Harbour Magazine</title><meta property="og:title" content="Harbour Magazine"><meta property="og:site_name" content="Harbour Magazine"></head>
            <body><section class="head"><h1 class="head-title"><a href="https://harbour.example/">Harbour Magazine</a></h1></section>
            <main><div class="share-title">Share this</div><div class="box-title">Teilen</div><div class="editorial-module editorial-module--title"><div class="title-text"><p><em>Before and After</em></p></div></div>
            <p>The keeper of the old light talks about the years before the pier was rebuilt, and the years after it.</p></main></body></html>
            """);

        Assert.Equal("Before and After", metadata.Title);
    }

    [Fact]
    public void A_style_sheet_set_inside_the_heading_is_no_part_of_its_text()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Ferry returns after repairs"></head>
            <body><article><h1><style>.k9{color:grey;margin:0}</style>Ferry returns after repairs to its storm-damaged hull</h1>
            <p>The crossing runs hourly again.</p></article></body></html>
            """);

        Assert.Equal("Ferry returns after repairs to its storm-damaged hull", metadata.Title);
    }

    [Fact]
    public void A_kicker_in_its_own_element_that_the_declared_title_sets_apart_as_a_part_is_no_word_of_the_headline()
    {
        var metadata = Extract("""
            <html><head><title>Harbour strike - Ferries stay in port | Coast Courier</title></head>
            <body><article><h1><span class="small">Harbour strike</span>
            Ferries stay in port for a second week</h1><p>The crews want a new contract.</p></article></body></html>
            """);

        Assert.Equal("Ferries stay in port for a second week", metadata.Title);
    }

    [Fact]
    public void A_kicker_the_declared_title_runs_into_the_headline_stays_part_of_it()
    {
        var metadata = Extract("""
            <html><head><title>Harbour strike: Ferries stay in port | Coast Courier</title></head>
            <body><article><h1><span class="small">Harbour strike:</span> Ferries stay in port</h1>
            <p>The crews want a new contract.</p></article></body></html>
            """);

        Assert.Equal("Harbour strike: Ferries stay in port", metadata.Title);
    }

    [Fact]
    public void A_title_left_as_the_site_name_and_a_dash_gives_way_to_the_first_heading_under_an_empty_h1()
    {
        var metadata = Extract("""
            <html><head><title>Valley Buses -</title></head>
            <body><header><h2>Menu</h2></header><div role="main"><h1 class="logo-text"></h1>
            <h2>Replacement coaches during the bridge works</h2><p>Coaches leave from stop B.</p>
            <h2>Tickets</h2><p>All tickets are valid.</p></div></body></html>
            """);

        Assert.Equal("Replacement coaches during the bridge works", metadata.Title);
    }

    [Fact]
    public void A_site_name_title_without_a_bare_separator_stays_over_an_empty_h1()
    {
        var metadata = Extract("""
            <html><head><title>Valley Buses</title></head>
            <body><div role="main"><h1 class="logo-text"></h1>
            <h2>Replacement coaches during the bridge works</h2><p>Coaches leave from stop B.</p></div></body></html>
            """);

        Assert.Equal("Valley Buses", metadata.Title);
    }

    [Fact]
    public void On_a_page_without_h1_an_h3_that_shows_the_titles_first_part_is_the_headline()
    {
        var metadata = Extract("""
            <html><head><title>Rowers ready for the final regatta - Lakeside Water Games Twenty</title></head>
            <body><div class="block"><h3 class="block-title"><span>Rowers ready for the final regatta</span></h3>
            <p>The crews trained all week.</p></div></body></html>
            """);

        Assert.Equal("Rowers ready for the final regatta", metadata.Title);
    }

    [Fact]
    public void An_h3_naming_a_short_first_part_leaves_the_title_whole()
    {
        var metadata = Extract("""
            <html><head><title>Regatta - Rowers ready for the final race on the lake</title></head>
            <body><div class="block"><h3>Regatta</h3><p>The crews trained all week.</p></div></body></html>
            """);

        Assert.Equal("Regatta - Rowers ready for the final race on the lake", metadata.Title);
    }

    [Fact]
    public void The_sole_h1_telling_its_own_sentence_wins_over_metadata_that_shares_no_word_with_it()
    {
        var metadata = Extract("""
            <html><head><title>Boat loans - compare rates | Harbour Bank</title><meta property="og:title" content="Boat loans - compare rates">
            </head><body><div class="content"><h1>What does owning a sailing dinghy really cost?</h1><p>Moorings come first.</p></div></body></html>
            """);

        Assert.Equal("What does owning a sailing dinghy really cost?", metadata.Title);
    }

    [Fact]
    public void Without_an_h1_the_first_content_h2_telling_its_own_sentence_wins_but_not_a_date_header()
    {
        var page = Extract("""
            <html><head><title>the writing style - penwork.example - Copywriting</title></head>
            <body><nav><h2>Where to go from here</h2></nav><div class="page-header"><h2>Write for the readers you want to reach</h2></div>
            <p>Short sentences help.</p></body></html>
            """);
        var blog = Extract("""
            <html><head><title>Lantern Notes: Seventh reading night with the poets</title></head>
            <body><h2 class="date-header"><span>Saturday, 5 October 2013</span></h2><h3>Seventh reading night with the poets</h3>
            <p>We met at eight.</p></body></html>
            """);

        Assert.Equal("Write for the readers you want to reach", page.Title);
        Assert.Equal("Lantern Notes: Seventh reading night with the poets", blog.Title);
    }

    [Fact]
    public void An_h1_sharing_two_of_fifteen_words_with_the_metadata_still_tells_its_own_sentence()
    {
        var metadata = Extract("""
            <html><head><title>Loan rates: work out your costs | Harbour Bank</title></head>
            <body><div class="content"><h1>How high are the rates for a personal loan?</h1><p>It depends.</p></div></body></html>
            """);

        Assert.Equal("How high are the rates for a personal loan?", metadata.Title);
    }

    [Fact]
    public void Among_several_h1s_the_one_inside_the_article_tells_the_pages_own_sentence()
    {
        var metadata = Extract("""
            <html><head><title>Winter gift guide | Lantern Home | Browse now!</title></head>
            <body><main><article><div class="header"><h1>My cosy reading corner with three new lamps</h1></div><p>The lamps are brass.</p></article>
            <div class="newsletter"><h1>Love in your inbox: our newsletter!</h1></div></main>
            <div class="flyin"><h1>Love in your inbox: our newsletter!</h1></div></body></html>
            """);

        Assert.Equal("My cosy reading corner with three new lamps", metadata.Title);
    }

    [Fact]
    public void A_short_h1_or_one_sharing_words_with_the_metadata_leaves_the_declared_title()
    {
        var shortHeading = Extract("""
            <html><head><title>Boat loans at fair rates | Harbour Bank</title></head>
            <body><div class="content"><h1>About this bank</h1><p>Moorings come first.</p></div></body></html>
            """);
        var sharing = Extract("""
            <html><head><title>Boat loans at fair rates | Harbour Bank</title></head>
            <body><div class="content"><h1>Boat loans at a glance for sailors</h1><p>Moorings come first.</p></div></body></html>
            """);

        Assert.Equal("Boat loans at fair rates", shortHeading.Title);
        Assert.Equal("Boat loans at fair rates", sharing.Title);
    }

    [Fact]
    public void A_declared_title_that_only_names_the_site_gives_way_to_the_others()
    {
        var metadata = Extract("""
            <html><head><meta property="og:site_name" content="Alpine Sled Federation"><meta property="og:title" content="Alpine Sled Federation">
            <title>Four new tracks open for the junior season</title></head>
            <body><h1>Four new tracks open for the junior season</h1><p>The first race is in May.</p></body></html>
            """);
        var home = Extract("""
            <html><head><meta property="og:site_name" content="Alpine Sled Federation"><meta property="og:title" content="Alpine Sled Federation">
            <title>Alpine Sled Federation | Home</title></head><body><p>Welcome.</p></body></html>
            """);

        Assert.Equal("Four new tracks open for the junior season", metadata.Title);
        Assert.Equal("Alpine Sled Federation", home.Title);
    }

    [Fact]
    public void A_blog_front_page_named_only_for_the_blog_takes_its_first_posts_title()
    {
        var metadata = Extract("""
            <html><head><title>blog | Heron Lake Notes</title></head>
            <body><h1><a href="https://heronlake.example/">Heron Lake Notes</a></h1>
            <div class="widget_recent"><h2><a href="https://heronlake.example/2013/old-post/">An old post in the sidebar</a></h2></div>
            <div class="posts"><h2 class="entry-title"><a href="https://heronlake.example/2014/01/ice-came-early/">The ice came early this year</a></h2>
            <p>We skated on the first of December.</p>
            <h2 class="entry-title"><a href="https://heronlake.example/2013/12/first-snow/">First snow</a></h2><p>It fell at night.</p></div></body></html>
            """);

        Assert.Equal("The ice came early this year", metadata.Title);
    }

    [Fact]
    public void A_front_page_whose_title_names_more_than_the_blog_keeps_that_title()
    {
        var metadata = Extract("""
            <html><head><title>Winter on the lake: a photo diary | Heron Lake Notes</title></head>
            <body><h1><a href="https://heronlake.example/">Heron Lake Notes</a></h1>
            <div class="posts"><h2><a href="https://heronlake.example/2014/01/ice-came-early/">The ice came early this year</a></h2>
            <p>We skated on the first of December.</p></div></body></html>
            """);

        Assert.Equal("Winter on the lake: a photo diary", metadata.Title);
    }

    [Fact]
    public void The_sole_h1_wins_over_a_title_that_only_names_the_site_by_its_host()
    {
        var metadata = Extract("""
            <html><head><title>Tomas Berg</title><link rel="canonical" href="https://www.tomasberg.example/"></head>
            <body><div class="intro"><h1>Welcome to the workshop!</h1><p>I build chairs from driftwood.</p></div></body></html>
            """);

        Assert.Equal("Welcome to the workshop!", metadata.Title);
        Assert.Equal("h1", metadata.Provenance["title"]);
    }

    [Fact]
    public void The_sole_h1_wins_over_a_placeholder_title_shorter_than_itself()
    {
        var metadata = Extract("""
            <html><head><title>Home</title></head>
            <body><main><h1>Time to close the shop</h1><p>After twenty years the doors stay shut.</p></main></body></html>
            """);

        Assert.Equal("Time to close the shop", metadata.Title);
    }

    [Fact]
    public void A_title_naming_the_page_keeps_it_over_a_sole_h1()
    {
        var metadata = Extract("""
            <html><head><title>Driftwood chair workshop</title></head>
            <body><main><h1>Welcome!</h1><p>I build chairs from driftwood.</p></main></body></html>
            """);

        Assert.Equal("Driftwood chair workshop", metadata.Title);
    }

    [Fact]
    public void A_section_h2_worded_like_the_start_of_the_title_leaves_it_whole_when_the_h1_is_the_titles_tail()
    {
        var metadata = Extract("""
            <html><head><title>Crossbody lead variations - Dance figures - Salsa Club Lindenau</title></head>
            <body><div id="header"><h1>Dance figures - Salsa Club Lindenau</h1></div>
            <div id="page-content"><h2>Crossbody lead</h2><p>Step back on one.</p><h2>Open break</h2><p>Let go of the hand.</p></div></body></html>
            """);

        Assert.Equal("Crossbody lead variations", metadata.Title);
    }

    [Fact]
    public void A_one_word_og_title_sharing_nothing_with_the_story_heading_names_the_section()
    {
        var metadata = Extract("""
            <html><head><title>Night trains return to the valley line in spring</title>
            <meta property="og:title" content="Press releases"></head>
            <body><div class="page"><h1><span class="x1">Press release of the transport office <span class="sr">:</span></span>Night trains return to the valley line in spring</h1>
            <p>The first train leaves at ten.</p></div></body></html>
            """);

        Assert.Equal("Night trains return to the valley line in spring", metadata.Title);
    }

    [Fact]
    public void A_blog_name_heading_that_opens_the_title_before_the_og_title_does_not_cut_it_back()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Moss garden diary"><title>garden diary: Moss garden diary</title></head>
            <body><div id="header"><h1 class="title"><a href="https://gardendiary.example/">garden diary</a></h1></div>
            <div class="post"><h3 class="post-title">Moss garden diary</h3><p>The moss took a year to settle.</p></div></body></html>
            """);

        Assert.Equal("Moss garden diary", metadata.Title);
    }

    [Fact]
    public void An_h1_followed_by_its_subline_h2_is_the_headline_the_title_opens_with()
    {
        var metadata = Extract("""
            <html><head><title>Built from the ground up - A novel weaves village and world together : Review Pages</title></head>
            <body><div class="review"><h1>Built from the ground up</h1><h2>A novel weaves village and world together</h2>
            <p>The book starts in a small market town.</p></div></body></html>
            """);

        Assert.Equal("Built from the ground up", metadata.Title);
    }
}
