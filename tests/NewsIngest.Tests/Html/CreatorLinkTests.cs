namespace NewsIngest.Tests.Html;

/// <summary>The twitter:creator user name, taken where the page links it to that user's profile and names no other writer.</summary>
public sealed class CreatorLinkTests
{
    private static IReadOnlyList<string> Authors(string creator, string link, string site = "@ferrytales") => MetadataPages.Extract($"""
        <html><head><meta property="og:site_name" content="Ferry Tales"><meta name="twitter:site" content="{site}">
        <meta name="twitter:creator" content="{creator}"></head>
        <body><div class="fic-header"><h2>Ferry Tales</h2><span> by </span><h3>{link}</h3><h1>Chapter 1: The Crossing</h1></div>
        <article><p>The winter timetable starts on Monday.</p></article></body></html>
        """).Authors;

    [Theory]
    [InlineData("harbour77", "<a href='/profile/142450'>harbour77</a>")]
    [InlineData("@harbour77", "<a href='/user/harbour77'>@harbour77</a>")]
    public void The_creator_linked_to_their_profile_is_the_writer(string creator, string link)
    {
        Assert.Equal(["harbour77"], Authors(creator, link));
    }

    [Theory]
    // Shown, but not as a link to the user's page.
    [InlineData("harbour77", "harbour77", "@ferrytales")]
    [InlineData("harbour77", "<a href='https://twitter.example/harbour77'>harbour77</a>", "@ferrytales")]
    // The outlet's own account, linked to its page.
    [InlineData("@ferrytales", "<a href='/profile/1'>ferrytales</a>", "@ferrytales")]
    public void A_creator_not_linked_to_a_profile_or_the_outlets_own_account_is_no_writer(string creator, string link, string site)
    {
        Assert.Empty(Authors(creator, link, site));
    }

    [Theory]
    [InlineData("/experten/mira-quell", "zu allen Rezepten vom Autor", "Mira Quell")]
    [InlineData("/people/mira-quell/", "More by this author", "Mira Quell")]
    public void A_name_beside_a_link_to_the_authors_pieces_that_spells_it_is_the_author(string href, string text, string expected)
    {
        var authors = MetadataPages.Extract($"""
            <html><body><article><h1>Winter porridge</h1><p>Oats, milk and apples.</p></article>
            <div class="expert"><div class="expert-name">Mira Quell</div><a href="{href}">{text}</a></div></body></html>
            """).Authors;

        Assert.Equal([expected], authors);
    }

    [Theory]
    // The address spells someone else.
    [InlineData("/experten/tom-reyes", "zu allen Rezepten vom Autor")]
    // The link says nothing of an author.
    [InlineData("/experten/mira-quell", "Alle Rezepte")]
    public void No_author_from_a_link_that_spells_another_name_or_names_no_author(string href, string text)
    {
        var authors = MetadataPages.Extract($"""
            <html><body><article><h1>Winter porridge</h1><p>Oats, milk and apples.</p></article>
            <div class="expert"><div class="expert-name">Mira Quell</div><a href="{href}">{text}</a></div></body></html>
            """).Authors;

        Assert.Empty(authors);
    }
}
