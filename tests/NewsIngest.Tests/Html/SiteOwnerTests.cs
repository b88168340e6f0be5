using NewsIngest.Core.Html;
using NewsIngest.Core.Model;

namespace NewsIngest.Tests.Html;

/// <summary>The owner of a one-person site as the writer of a page that names no other: by the site's name or its copyright.</summary>
public sealed class SiteOwnerTests
{
    private const string Story = MetadataPages.Story;

    private static Article Parse(string head, string footer) =>
        MetadataPages.Parse($"<html><head>{head}</head><body><article><h1>Pier to be rebuilt</h1>{Story}</article><footer>{footer}</footer></body></html>");

    [Theory]
    [InlineData("<meta property='og:site_name' content='Dr. Gregor Maier'>", "", "Gregor Maier")]
    [InlineData("<meta property='og:site_name' content='Pamela Brandt'>", "<p>© 2020 Getty Images</p>", "Pamela Brandt")]
    [InlineData("", "<p>© 2020 <a href='/about'>Wolfgang Ebert</a></p>", "Wolfgang Ebert")]
    [InlineData("<meta property='og:site_name' content='Sprachpunkt'>", "<span class='site-description'>Alexander Brandt</span>", "Alexander Brandt")]
    [InlineData("", "<p>Copyright (c) 2012- Sven Adler. All rights reserved. Design by Nordtheme.</p>", "Sven Adler")]
    [InlineData("", "<p class='copyrights-text'>(c) Johanna Kraft • Weitere Rechte siehe Impressum</p><p>© Johanna Kraft</p>", "Johanna Kraft")]
    public void A_page_naming_no_writer_is_by_the_person_its_site_is_named_after_or_whose_copyright_it_carries(string head, string footer, string expected)
    {
        var article = Parse(head, footer);

        Assert.Equal([expected], article.Authors);
        Assert.Equal("site owner", article.Provenance["authors"]);
    }

    [Theory]
    // Brands and outlets of two capitalised words: no given name opens them.
    [InlineData("<meta property='og:site_name' content='Royal Road'>", "<p>© 2024 Getty Images</p>")]
    // A given name opening a brand's or an institution's name.
    [InlineData("<meta property='og:site_name' content='Harry Potter Wiki'>", "")]
    [InlineData("<meta property='og:site_name' content='Siegfried Marcus Berufsschule'>", "")]
    [InlineData("", "<span class='site-description'>Gesund Essen, Gesund Leben</span>")]
    // A photographer's credit: before an agency, or in a caption.
    [InlineData("", "<p><span class='stage-copyright'>© Niklas Berg / Greenwatch</span></p>")]
    [InlineData("", "<figure><img src='a.jpg'><figcaption>© Tom Reyes</figcaption></figure>")]
    [InlineData("", "<p class='image-caption'>Der Hafen im Winter © Tom Reyes</p>")]
    // A picture's credit inside a teaser's link to another page.
    [InlineData("", "<a href='/wandern'><img src='a.jpg' alt=''><span class='copyright-print'>Wandern © Michael Brandt</span></a>")]
    // Two people's copyrights: none of them is the owner.
    [InlineData("", "<p>Fotos: © Anna Schulz, © Markus Leitner</p>")]
    // A name closing with an initial.
    [InlineData("", "<p>© Thomas W.</p>")]
    public void No_owner_from_a_brand_an_institution_a_photo_credit_or_several_people(string head, string footer)
    {
        Assert.Empty(Parse(head, footer).Authors);
    }

    [Fact]
    public void A_byline_wins_over_the_site_owner()
    {
        var article = Parse("<meta name='author' content='Tom Reyes'><meta property='og:site_name' content='Gregor Maier'>", "<p>© Gregor Maier</p>");

        Assert.Equal(["Tom Reyes"], article.Authors);
    }

    [Theory]
    [InlineData("Gregory", true)]
    [InlineData("gregory", true)]
    [InlineData("Andre", true)]
    [InlineData("Jürgen", true)]
    [InlineData("Michal", true)]
    [InlineData("Bjorn", true)]
    [InlineData("Juergen", false)]
    [InlineData("Royal", false)]
    [InlineData("Getty", false)]
    [InlineData("A", false)]
    public void Given_names_are_compared_without_case_or_accents(string word, bool expected)
    {
        Assert.Equal(expected, GivenNames.Contains(word));
    }
}
