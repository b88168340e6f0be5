using NewsIngest.Core.Html;

namespace NewsIngest.Tests.Html;

/// <summary>Bylines written as text in elements the markup does not label as bylines.</summary>
public sealed class TextBylinesTests
{
    private static HtmlMetadata Extract(string body) => MetadataPages.Extract($"<html><head><title>Harbour news</title></head><body>{body}</body></html>");

    [Theory]
    [InlineData("<p><i>von Jonas Albrecht</i></p>", "Jonas Albrecht")]
    [InlineData("<p>By Ann Lee</p>", "Ann Lee")]
    [InlineData("<div>Ein Artikel von <strong>Mia Roth</strong> | 27.01.2022 - 12:45</div>", "Mia Roth")]
    [InlineData("<div>Geschrieben von <a href='/u/6'>Cooper</a> am 3. Mai</div>", "Cooper")]
    [InlineData("<div class='submitted'>Gespeichert von <span>harbourfan</span> am 24. Juli 2017</div>", "harbourfan")]
    [InlineData("<p>Par Léa Morel</p>", "Léa Morel")]
    [InlineData("<p><em>Written by: <a href='/ann'>Ann Lee</a></em></p>", "Ann Lee")]
    [InlineData("<ul><li><span>Author: </span><span>Ann Lee</span></li></ul>", "Ann Lee")]
    [InlineData("<div><span>Von: </span><span>Mia Roth</span></div>", "Mia Roth")]
    [InlineData("<div class='meta-column'><h4 class='meta-title'>Autor</h4><p><a href='/profil/mia-roth'>Mia Roth</a></p></div>", "Mia Roth")]
    [InlineData("<p><a href='mailto:mia@example.org'><b>Von:</b> <br> <br> Mia Roth</a></p>", "Mia Roth")]
    [InlineData("<h3>Hafen <span>17.03.2021 09:40 von Ida </span></h3>", "Ida")]
    [InlineData("<p>17.03.2021, 09:40 Uhr | von Ida Brandt</p>", "Ida Brandt")]
    [InlineData("<div><span>hot!</span> <span class='screen-reader-text'>| By </span> <span>Ann Lee</span> | <time>May 3, 2021</time></div>", "Ann Lee")]
    [InlineData("<div><span>Pier</span> <span>By</span> <span>Ann Lee</span> <time>May 3, 2021</time></div>", "Ann Lee")]
    [InlineData("<p>von <a href='/user/Kranich7.html'>Kranich7</a></p>", "Kranich7")]
    [InlineData("<p><strong>Autorin: Ida Brandt, Leiterin der Stiftung in Kiel.</strong></p>", "Ida Brandt")]
    public void A_short_element_that_reads_as_a_byline_names_the_author(string body, string expected)
    {
        var metadata = Extract($"<article><h1>Pier reopens</h1>{body}<p>The pier reopened on Monday after two years of repairs to its deck.</p></article>");

        Assert.Equal([expected], metadata.Authors);
        Assert.Equal("byline", metadata.Provenance["authors"]);
    }

    [Fact]
    public void A_byline_on_the_first_line_of_a_paragraph_ends_with_the_line()
    {
        var metadata = Extract("<article><h1>Pier reopens</h1><p>Von <strong><a href='https://ida.example/'>Ida Brandt</a></strong> und <strong><a href='https://ben.example/'>Ben Ott</a></strong><br><span id='more-1'></span><br>Kiel</p><p>The pier reopened on Monday after two years of repairs to its deck.</p></article>");

        Assert.Equal(["Ida Brandt", "Ben Ott"], metadata.Authors);
    }

    [Theory]
    [InlineData("<p class='muted'>11.12.2019 - Ann Lee</p>", "Ann Lee")]
    [InlineData("<div><span>Mia Roth</span> | 3. Mai 2021</div>", "Mia Roth")]
    [InlineData("<div class='meta'><span>25.10.2022 – Ida Lange-Brandt</span></div>", "Ida Lange-Brandt")]
    [InlineData("<small>17.03.2021 | 09:40 Uhr | Ida Brandt</small>", "Ida Brandt")]
    public void A_date_and_a_name_side_by_side_under_the_headline_name_the_author(string line, string expected)
    {
        var metadata = Extract($"<article><h1>Pier reopens</h1>{line}<p>The pier reopened on Monday after two years of repairs to its deck.</p></article>");

        Assert.Equal([expected], metadata.Authors);
    }

    [Theory]
    [InlineData("<article><h1>Pier reopens</h1><span>04. November 2021 | PAID CONTENT</span><p>The pier reopened.</p></article>")]
    [InlineData("<article><h1>Pier reopens</h1><div>Kingston Wed | Apr 27, 2022</div><p>The pier reopened.</p></article>")]
    [InlineData("<div><div><div><div><p>11.12.2019 - Ann Lee</p></div></div></div></div><article><h1>Pier reopens</h1><p>The pier reopened.</p></article>")]
    [InlineData("<article><h1>Pier reopens</h1><p>3. Mai 2021 - Harbour News</p><p>The pier reopened.</p></article>")]
    [InlineData("<article><h1>Pier reopens</h1><div>Mittwoch, 01. November 2023 - <a href='/hafen-aktuell.html'>Hafen</a> Nordblatt Verlag</div><p>The pier reopened.</p></article>")]
    public void A_dated_line_that_is_no_persons_or_is_far_from_the_headline_names_no_author(string body)
    {
        Assert.Empty(MetadataPages.Extract($"<html><head><title>Pier reopens - Harbour News</title></head><body>{body}</body></html>").Authors);
    }

    [Theory]
    [InlineData("<p>von oben herab</p>")]
    [InlineData("<p>By the numbers</p>")]
    [InlineData("<div class='comment'><p>By Ann Lee</p></div>")]
    [InlineData("<aside><p>von Jonas Albrecht</p></aside>")]
    [InlineData("<figure><figcaption>Photo <span>by</span> Ann Lee</figcaption></figure>")]
    [InlineData("<p>17.03.2021 von oben herab</p>")]
    [InlineData("<p>By Ann Lee, who has covered the harbour since the council first argued about the pier in 2003.</p>")]
    [InlineData("<ul><li><h3 class='thumb-title'>Von Hexen, Drachen und Riesen am Hafen</h3></li></ul>")]
    [InlineData("<ul><li><a href='/story/other'><h3>Sleeper cars come back to the northern line</h3><span>Von Pia Horn</span></a></li></ul>")]
    public void Prose_comments_and_sidebars_name_no_author(string body)
    {
        var metadata = Extract($"<article><h1>Pier reopens</h1><p>The pier reopened on Monday.</p></article>{body}");

        Assert.Empty(metadata.Authors);
    }
}
