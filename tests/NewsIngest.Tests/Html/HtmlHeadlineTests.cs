using static NewsIngest.Tests.Html.MetadataPages;

namespace NewsIngest.Tests.Html;

/// <summary>The headline a reader sees, weighed against the titles the page declares in its metadata.</summary>
public sealed class HtmlHeadlineTests
{
    [Fact]
    public void The_visible_heading_drops_the_blog_name_the_title_carries_even_when_it_is_long()
    {
        var metadata = Extract("""
            <html><head><title>Winter tides at the old pier | Notes from a Rainy Harbour Town</title></head>
            <body><article><h2>Winter tides at the old pier</h2><p>The water came higher than ever this year.</p></article></body></html>
            """);

        Assert.Equal("Winter tides at the old pier", metadata.Title);
        Assert.Equal("h1", metadata.Provenance["title"]);
    }

    [Fact]
    public void A_logo_heading_that_links_to_the_front_page_is_not_the_headline()
    {
        var metadata = Extract("""
            <html><head><title>Ferry timetable changes for spring</title></head>
            <body><header><h1><a href="https://harbour.example/">Ferry timetable news</a></h1></header>
            <article><h2>Ferry timetable changes for spring</h2><p>From March the first boat leaves at six.</p></article></body></html>
            """);

        Assert.Equal("Ferry timetable changes for spring", metadata.Title);
    }

    [Fact]
    public void A_kicker_run_into_the_heading_gives_way_to_the_declared_title_it_holds()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Council approves new sea wall"></head>
            <body><article><h1><span>Coast</span> Council approves new sea wall</h1><p>The vote was seven to two.</p></article></body></html>
            """);

        Assert.Equal("Council approves new sea wall", metadata.Title);
    }

    [Fact]
    public void A_heading_that_runs_on_past_the_declared_title_is_the_whole_headline()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Dog chases burglars from bakery">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Dog chases burglars from bakery"}</script></head>
            <body><article><h1>Dog chases burglars from bakery in the harbour district</h1><p>It happened at night.</p></article></body></html>
            """);

        Assert.Equal("Dog chases burglars from bakery in the harbour district", metadata.Title);
    }

    [Fact]
    public void A_headline_cut_short_in_the_metadata_is_read_whole_from_the_heading()
    {
        var metadata = Extract("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry strike enters its third week as talks between the union and the operator stall again over"}</script></head>
            <body><article><h1>Ferry strike enters its third week as talks between the union and the operator stall again over pay</h1><p>No boats ran today.</p></article></body></html>
            """);

        Assert.Equal("Ferry strike enters its third week as talks between the union and the operator stall again over pay", metadata.Title);
    }

    [Fact]
    public void A_subline_set_apart_in_the_heading_gives_way_to_the_declared_title()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Dog chases burglars from bakery"></head>
            <body><article><h1>Dog chases burglars from bakery <small>Police are looking for witnesses</small></h1><p>It happened at night.</p></article></body></html>
            """);

        Assert.Equal("Dog chases burglars from bakery", metadata.Title);
    }

    [Fact]
    public void A_heading_cut_short_is_completed_from_the_declared_title()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="The Lantern Project: Lighting Every Harbour Street"></head>
            <body><article><h2>Lantern Project:</h2><p>Volunteers fitted forty lamps.</p></article></body></html>
            """);

        Assert.Equal("The Lantern Project: Lighting Every Harbour Street", metadata.Title);
    }

    [Fact]
    public void An_h1_worded_otherwise_than_every_declared_title_is_the_headline()
    {
        var metadata = Extract("""
            <html><head><title>Harbour master retires after forty years</title>
            <meta property="og:title" content="Harbour master retires after forty years"></head>
            <body><article><h1>Harbour master retires after four decades</h1><p>She started in 1985.</p></article></body></html>
            """);

        Assert.Equal("Harbour master retires after four decades", metadata.Title);
        Assert.Equal("h1", metadata.Provenance["title"]);
    }

    [Fact]
    public void An_h1_that_repeats_a_later_declared_title_leaves_the_OpenGraph_title_alone()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Harbour master retires after forty years">
            <meta name="twitter:title" content="Harbour master retires after four decades"></head>
            <body><article><h1>Harbour master retires after four decades</h1><p>She started in 1985.</p></article></body></html>
            """);

        Assert.Equal("Harbour master retires after forty years", metadata.Title);
        Assert.Equal("opengraph", metadata.Provenance["title"]);
    }

    [Fact]
    public void A_heading_hidden_from_readers_is_not_the_headline()
    {
        var metadata = Extract("""
            <html><head><title>Notices - Waterboard</title>
            <meta property="og:title" content="Reservoir levels back to normal"></head>
            <body><h1 class="pagetitle hidden">Notices</h1>
            <div class="news"><h1>Reservoir levels back to normal</h1><p>Rain in March refilled the lake.</p></div></body></html>
            """);

        Assert.Equal("Reservoir levels back to normal", metadata.Title);
    }

    [Fact]
    public void A_JSON_LD_headline_that_every_other_source_contradicts_is_outvoted()
    {
        var metadata = Extract("""
            <html><head><title>Lighthouse - Coastal Encyclopedia</title>
            <meta property="og:title" content="Lighthouse - Coastal Encyclopedia">
            <script type="application/ld+json">{"@type":"Article","headline":"tower that guides ships at night"}</script></head>
            <body><h1>Lighthouse</h1><p>A lighthouse is a tower with a lamp.</p></body></html>
            """);

        Assert.Equal("Lighthouse", metadata.Title);
    }

    [Theory]
    [InlineData("<h1>Winter tides at the old pier<a class=\"headerlink\" href=\"#winter-tides\">¶</a></h1>")]
    [InlineData("<h1><a href=\"#top\">#</a> Winter tides at the old pier</h1>")]
    public void A_permalink_anchor_is_no_word_of_the_headline(string heading)
    {
        var metadata = Extract($"""
            <html><head><title>Winter tides at the old pier</title></head>
            <body><article>{heading}<p>The water came higher than ever this year.</p></article></body></html>
            """);

        Assert.Equal("Winter tides at the old pier", metadata.Title);
    }

    [Theory]
    [InlineData("<span class=\"label abo\">Subscribers</span>", "Winter tides at the old pier")]
    [InlineData("<span class=\"badge-live\">Live</span>", "Winter tides at the old pier")]
    [InlineData("<span class=\"place\">Kiel</span>", "Winter tides at the old pier Kiel")]
    public void A_badge_closing_the_headline_is_no_word_of_it(string badge, string expected)
    {
        var metadata = Extract($"""
            <html><head><title>Winter tides at the old pier | Columns | Harbour Notes</title>
            <meta property="og:title" content="Winter tides at the old pier | Columns | Harbour Notes"></head>
            <body><h1 id="logo">Harbour Notes</h1><article><h1 class="article-title">Winter tides at the old pier {badge}</h1>
            <p>The water came higher than ever this year, and the council closed the pier road for two days.</p></article></body></html>
            """);

        Assert.Equal(expected, metadata.Title);
    }

    [Fact]
    public void The_visible_heading_counts_on_a_page_whose_body_class_mentions_comments()
    {
        var metadata = Extract("""
            <html><head><title>Winter tides at the old pier | Notes from a Rainy Harbour Town</title></head>
            <body class="single showing-comments"><article><h1>Winter tides at the old pier flood the harbour road</h1><p>The water came higher than ever this year.</p></article>
            <section id="comments"><h2>Winter tides at the old pier: 3 replies</h2></section></body></html>
            """);

        Assert.Equal("Winter tides at the old pier flood the harbour road", metadata.Title);
        Assert.Equal("h1", metadata.Provenance["title"]);
    }

    [Theory]
    [InlineData("<h1 class=\"entry-title\">How to keep a lemon tree through the winter</h1>")]
    [InlineData("<h1 itemprop=\"headline\">How to keep a lemon tree through the winter</h1>")]
    [InlineData("<h1 class=\"story__hed\">How to keep a lemon tree through the winter</h1>")]
    public void The_articles_own_headline_wins_over_metadata_worded_otherwise(string heading)
    {
        var metadata = Extract($"""
            <html><head><meta property="og:title" content="Citrus care guide 2026 - compare now | Garden Shop"><title>Citrus care guide 2026 - compare now | Garden Shop</title></head>
            <body><header><h2>Garden Shop</h2></header><main><article>{heading}<p>Bring the pot indoors before the first frost.</p></article></main></body></html>
            """);

        Assert.Equal("How to keep a lemon tree through the winter", metadata.Title);
        Assert.Equal("h1", metadata.Provenance["title"]);
    }

    [Theory]
    [InlineData("<article><h1>Lorem</h1><p>Ipsum dolor sit amet.</p></article>")]
    [InlineData("<main><article><h1 class=\"entry-title\">Lemon trees</h1></article><article><h1 class=\"entry-title\">Fig trees</h1></article></main>")]
    [InlineData("<div><h1 class=\"page-title\">Lemon trees</h1><p>Bring the pot indoors.</p></div>")]
    [InlineData("<article><h1 class=\"subtitle\">Lemon trees</h1><p>Bring the pot indoors.</p></article>")]
    public void A_heading_that_is_not_plainly_the_articles_headline_leaves_the_declared_title(string body)
    {
        var metadata = Extract($"""
            <html><head><title>Citrus care guide for the cold months</title></head><body>{body}</body></html>
            """);

        Assert.Equal("Citrus care guide for the cold months", metadata.Title);
    }

    [Fact]
    public void A_heading_written_out_whole_in_the_title_keeps_its_short_last_part()
    {
        var metadata = Extract("""
            <html><head><title>Dog chases burglars – witnesses sought – Harbour Post</title></head>
            <body><article><h1 class="entry-title">Dog chases burglars – witnesses sought</h1><p>It happened at night.</p></article></body></html>
            """);

        Assert.Equal("Dog chases burglars – witnesses sought", metadata.Title);
    }

    [Theory]
    [InlineData("<h1>\"Empty inside\": Marten Velby misses the winter games</h1>", "\"Empty inside\": Marten Velby misses the winter games")]
    [InlineData("<h1>Competition Marten Velby misses the winter games</h1>", "Competition Marten Velby misses the winter games")]
    [InlineData("<h1><span>Skiing</span> Marten Velby misses the winter games</h1>", "Marten Velby misses the winter games")]
    public void Words_before_the_declared_title_in_the_headings_own_text_are_part_of_the_headline(string heading, string expected)
    {
        var metadata = Extract($"""
            <html><head><meta property="og:title" content="Marten Velby misses the winter games - Snow Daily"></head>
            <body><article>{heading}<p>The tests stayed positive.</p></article></body></html>
            """);

        Assert.Equal(expected, metadata.Title);
    }

    [Fact]
    public void A_heading_whose_link_goes_nowhere_is_no_logo()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Harbour council calls the ferry tax"></head>
            <body><article><header><h2 class="title"><a href="#" id="headline">Harbour council calls the ferry tax "unfair"</a></h2></header>
            <p>The vote was seven to two.</p></article></body></html>
            """);

        Assert.Equal("Harbour council calls the ferry tax \"unfair\"", metadata.Title);
    }

    [Fact]
    public void A_heading_in_a_breadcrumb_trail_is_not_the_headline()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Lantern night: Why the harbour lights went dark"></head>
            <body><article><ol class="breadcrumbs"><li><a href="/">Home</a></li><li><h1>Lantern night: Why the harbour lights went dark</h1></li></ol>
            <header><h2><span class="content__kicker">Lantern night</span><span class="sr-only">: </span> <span class="content__title">Why the harbour lights went dark</span></h2></header>
            <p>The old cable gave way.</p></article></body></html>
            """);

        Assert.Equal("Why the harbour lights went dark", metadata.Title);
    }

    [Fact]
    public void A_part_of_the_heading_named_its_headline_drops_the_words_before_it()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Pier tolls, ferry fares: Council lowers fees for locals"></head>
            <body><article><h1><span class="tag-green">Pier tolls, ferry fares</span><span class="invisible">: </span><span class="headline">Council lowers fees for locals, traders protest</span></h1>
            <p>The vote was seven to two.</p></article></body></html>
            """);

        Assert.Equal("Council lowers fees for locals, traders protest", metadata.Title);
    }

    [Fact]
    public void A_headline_whose_kicker_the_metadata_took_as_its_title_wins()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Island hopping: Ten quiet beaches to reach by boat">
            <meta name="title" content="Ten quiet beaches to reach by boat">
            <script type="application/ld+json">{"@type":"Article","headline":"Island hopping"}</script></head>
            <body><main><h2> <span class="subline">Island hopping</span> <span class="headline">Ten quiet beaches to reach by boat</span> </h2>
            <p>Bring water and a hat.</p></main></body></html>
            """);

        Assert.Equal("Ten quiet beaches to reach by boat", metadata.Title);
    }

    [Fact]
    public void A_section_heading_worded_like_the_start_of_the_title_does_not_shorten_it()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="What is a rain garden and what does it do?"></head>
            <body><article><p>Gardeners ask us this every spring.</p><h2>What is a rain garden?</h2><p>A shallow bed that soaks up water.</p></article></body></html>
            """);

        Assert.Equal("What is a rain garden and what does it do?", metadata.Title);
    }

    [Fact]
    public void The_headline_is_found_after_many_navigation_headings()
    {
        var nav = string.Concat(Enumerable.Range(1, 14).Select(i => $"<div class=\"menu\"><h2>Section {i}</h2></div>"));
        var metadata = Extract($"""
            <html><head><title>Tide tables: Why the spring tide came early - Coast Weekly</title></head>
            <body>{nav}<article><h2><span class="kicker">Tide tables</span> Why the spring tide came early</h2><p>The moon was close.</p></article></body></html>
            """);

        Assert.Equal("Why the spring tide came early", metadata.Title);
    }

    [Fact]
    public void A_heading_that_is_the_last_part_of_a_title_naming_site_and_section_first_is_the_headline()
    {
        var metadata = Extract("""
            <html><head><title>Bay Rowing Club - Neuigkeiten » Die Regatten der letzten Wochen</title></head>
            <body><div id="content"><h1>Neuigkeiten</h1><div class="headline"><h2>Die Regatten der letzten Wochen</h2></div>
            <p>Drei Boote, drei Siege.</p></div></body></html>
            """);

        Assert.Equal("Die Regatten der letzten Wochen", metadata.Title);
    }

    [Fact]
    public void A_date_set_before_the_headline_is_not_part_of_it()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="23.01.2022 - Lena Ostberg wins the final race - Ski Valley"></head>
            <body><article><h1>23.01.2022 - Lena Ostberg wins the final race</h1><p>She shot clean.</p></article></body></html>
            """);

        Assert.Equal("Lena Ostberg wins the final race", metadata.Title);
    }

    [Fact]
    public void An_h1_naming_itself_the_title_wins_over_an_h2_that_only_echoes_the_metadata()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Company car: lease or finance? Which pays off?"></head>
            <body><article><header><h1 class="entry-title">Company car: leasing or financing?</h1></header>
            <p>Both have their merits.</p><h2>Summary - company car: lease or finance?</h2><p>It depends.</p></article></body></html>
            """);

        Assert.Equal("Company car: leasing or financing?", metadata.Title);
    }

    [Fact]
    public void A_title_part_naming_the_pages_host_is_dropped_though_the_site_name_declares_a_section()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Loan rates: how to work out your costs | LOANBAY">
            <meta property="og:site_name" content="Personal loans"><meta property="og:url" content="https://www.loanbay.example/loans/rates/"></head>
            <body><div class="content"><p>What you pay depends on the term.</p></div></body></html>
            """);

        Assert.Equal("Loan rates: how to work out your costs", metadata.Title);
    }

    [Fact]
    public void A_block_classed_headline_is_the_headline_on_a_page_without_an_h1()
    {
        var metadata = Extract("""
            <html><head><title>Tidy living | Ferncastle Magazine</title></head>
            <body><div class="page"><div class="x-headline"><span class="x-bold">Seven drawer tricks from a tidy-up coach</span></div>
            <p>Folding shirts upright frees half the drawer.</p>
            <div class="x-headline"><span class="x-bold">Seven drawer tricks from a tidy-up coach</span></div></div></body></html>
            """);

        Assert.Equal("Seven drawer tricks from a tidy-up coach", metadata.Title);
    }

    [Fact]
    public void Several_blocks_classed_headline_are_a_listing_and_leave_the_title_alone()
    {
        var metadata = Extract("""
            <html><head><title>Tidy living | Ferncastle Magazine</title></head>
            <body><div class="teaser-headline">Seven drawer tricks from a tidy-up coach</div>
            <div class="teaser-headline">Why a bare shelf calms the eye</div></body></html>
            """);

        Assert.Equal("Tidy living", metadata.Title);
    }
}
