using System.IO.Compression;
using System.Text;
using NewsIngest.Core.Html;
using NewsIngest.Core.Model;
using NewsIngest.Core.Parsing;
using NewsIngest.Core.Reading;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Html;

public sealed class HtmlArticleParserTests
{
    private static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    private static Article Parse(string html) => HtmlArticleParser.Parse("page.html", "sha", Encoding.UTF8.GetBytes(html), Options);

    private static Article ParseSample(string name) =>
        HtmlArticleParser.Parse(name, "sha", File.ReadAllBytes(Path.Combine(RepoPaths.Root, "samples", "html", name)), Options);

    [Fact]
    public void Parse_keeps_the_article_and_drops_comments_related_links_captions_and_the_cookie_banner()
    {
        var article = ParseSample("comments-related.html");

        Assert.Contains("community orchard has produced a harvest", article.Body);
        Assert.DoesNotContain("My kids helped plant", article.Body);
        Assert.DoesNotContain("Allotment waiting lists", article.Body);
        Assert.DoesNotContain("Volunteers sort apples", article.Body);
        Assert.DoesNotContain("cookies", article.Body);
        Assert.Contains(article.Boilerplate, b => b.Reason == BoilerplateReasons.Comments);
        Assert.Contains(article.Boilerplate, b => b.Reason == BoilerplateReasons.CookieNotice);
    }

    [Fact]
    public void Parse_warns_that_a_listing_page_is_not_an_article_instead_of_returning_its_headlines()
    {
        var article = ParseSample("listing-page.html");

        Assert.Contains(article.Warnings, w => w.Code == WarningCodes.NotAnArticle);
        Assert.DoesNotContain("Read more", article.Body);
    }

    [Fact]
    public void Parse_reads_a_windows_1252_page_declared_by_meta_without_mojibake()
    {
        var article = ParseSample("windows-1252.html");

        Assert.Equal("Café owners brace for “the long winter”", article.Title);
        Assert.Contains("Renée Dufour", article.Body);
        Assert.DoesNotContain(article.Warnings, w => w.Code == WarningCodes.EncodingFallback);
    }

    [Fact]
    public void Parse_takes_people_from_JSON_LD_authors_and_leaves_the_organisation_out()
    {
        var article = ParseSample("jsonld-article.html");

        Assert.Equal(["Maren Holt", "Tobias Reyes"], article.Authors);
        Assert.Equal("2025-11-03T14:05:00+00:00", article.Published);
        Assert.Equal(DateSource.Meta, article.DateSource);
        Assert.Equal("The Lakeside Courier", article.Source);
    }

    [Fact]
    public void Parse_unpacks_a_gzipped_page()
    {
        var html = "<html><head><title>Gzipped</title></head><body><p>" + string.Join(' ', Enumerable.Repeat("The quick brown fox jumps over the lazy dog.", 10)) + "</p></body></html>";
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(html));
        }

        var article = HtmlArticleParser.Parse("page.html.gz", "sha", packed.ToArray(), Options);

        Assert.Equal("Gzipped", article.Title);
        Assert.StartsWith("The quick brown fox", article.Body);
    }

    [Fact]
    public void Parse_uses_the_modified_date_only_as_a_last_resort_and_says_so()
    {
        var article = Parse("<html><head><title>T</title><meta property='article:modified_time' content='2025-03-04'></head><body><p>Some text here that is long enough to count as a paragraph of an article.</p></body></html>");

        Assert.Equal("2025-03-04", article.Published);
        Assert.Contains(article.Warnings, w => w.Code == WarningCodes.ModifiedDateOnly);
    }

    [Fact]
    public void Parse_prefers_the_published_date_over_the_modified_one()
    {
        var article = Parse("<html><head><meta property='article:modified_time' content='2025-03-09'><meta property='article:published_time' content='2025-03-04'></head><body><p>Text.</p></body></html>");

        Assert.Equal("2025-03-04", article.Published);
    }

    [Fact]
    public void Parse_ignores_a_date_in_the_future()
    {
        var article = Parse("<html><head><meta name='date' content='2030-01-01'></head><body><p>Text.</p></body></html>");

        Assert.Null(article.Published);
        Assert.Contains(article.Warnings, w => w.Code == WarningCodes.NoDate);
    }

    [Fact]
    public void Parse_drops_hidden_elements_and_scripts()
    {
        var article = Parse("<html><body><div><p>Visible paragraph with enough words to be kept as the body of this page.</p><p style='display: none'>Hidden words</p><p hidden>Also hidden</p><script>var x = 1;</script></div></body></html>");

        Assert.Equal("Visible paragraph with enough words to be kept as the body of this page.", article.Body);
    }

    [Fact]
    public void Parse_sets_the_language_of_the_body()
    {
        Assert.Equal("de", ParseSample("german-article.html").Language);
    }

    [Fact]
    public void Parse_survives_a_pathologically_deep_page()
    {
        var html = "<html><body><p>A first paragraph that is long enough to be taken as the text of this page, really.</p>"
            + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "deep" + "</body></html>";

        var article = Parse(html);

        Assert.Contains("A first paragraph", article.Body);
    }

    [Fact]
    public void Parse_takes_a_date_from_the_page_text_as_a_last_resort_and_marks_it_text()
    {
        var article = Parse("<html><body><div><p>Some running text that is long enough to be the article body of this small page.</p><p>Stand: 14.03.2025, Redaktion</p></div></body></html>");

        Assert.Equal("2025-03-14", article.Published);
        Assert.Equal(DateSource.Text, article.DateSource);
    }

    [Fact]
    public void Parse_lifts_the_dateline_off_the_first_paragraph_as_the_text_parser_does()
    {
        const string Story = "LONDON (Reuters) — Tide tables for the estuary will be printed again after readers complained that the app alone left walkers stranded on the sandbanks.";
        const string Second = "The harbour office said the booklets would be free at the library and the ferry terminal from next week, and that it would print more if they ran out.";
        var html = Parse($"<html><body><article><h1>Tide tables return</h1><p>3 November 2025</p><p>{Story}</p><p>{Second}</p></article></body></html>");
        var text = TextArticleParser.Parse("story.txt", "sha", new DecodedText($"Tide tables return\n\n{Story}\n\n{Second}\n", "utf-8", []), Options);

        Assert.Equal("LONDON", html.Dateline);
        Assert.Equal("Reuters", html.Source);
        Assert.Equal("dateline", html.Provenance["source"]);
        Assert.StartsWith("Tide tables for the estuary", html.Body, StringComparison.Ordinal);
        Assert.Equal(text.Dateline, html.Dateline);
        Assert.Equal(text.Body, html.Body);
    }

    [Fact]
    public void Parse_leaves_a_first_paragraph_without_a_dateline_alone()
    {
        var article = Parse("<html><body><article><h1>Budget</h1><p>President Alvarez — who took office in May — said the budget would pass, and the opposition said it would not, in a debate that ran past midnight.</p></article></body></html>");

        Assert.Null(article.Dateline);
        Assert.StartsWith("President Alvarez —", article.Body, StringComparison.Ordinal);
    }

    private const string Story = MetadataPages.Story;

    [Theory]
    [InlineData("<p><b><i>Ann Lee</i></b></p>", "Ann Lee")]
    [InlineData("<p class='clearfix'><strong>Mia Roth</strong></p>", "Mia Roth")]
    [InlineData("<p align='right'><em><font size='2'>Léa Morel</font></em></p>", "Léa Morel")]
    [InlineData("<div>Foto: Harbour Archive<br><br>Autor: Rechtsanwalt Ben Ott</div>", "Ben Ott")]
    [InlineData("<p>– Tom Reyes</p>", "Tom Reyes")]
    [InlineData("<p>Dr. Jana Vogt<br>Pressesprecherin der Stadt</p>", "Jana Vogt")]
    [InlineData("<p>Kemal ÖZTÜRK</p><p>Bundesvorsitzender</p>", "Kemal ÖZTÜRK")]
    public void Parse_takes_the_name_signed_under_the_story_when_nothing_above_names_the_writer(string signature, string expected)
    {
        var article = Parse($"<html><body><article><h1>Pier to be rebuilt</h1>{Story}{signature}</article></body></html>");

        Assert.Equal([expected], article.Authors);
        Assert.Equal("signature", article.Provenance["authors"]);
    }

    [Theory]
    [InlineData("<p>Ann Lee</p>")]
    [InlineData("<p><strong>Liebe Grüße</strong></p>")]
    [InlineData("<p><b>Ann Lee</b> will report from the reopening.</p>")]
    [InlineData("<p>- Removed Railings</p>")]
    [InlineData("<p>General Information</p><p>Harbour directory of the council</p>")]
    public void Parse_takes_no_signature_from_a_plain_name_a_closing_formula_or_a_sentence(string last)
    {
        var article = Parse($"<html><body><article><h1>Pier to be rebuilt</h1>{Story}{last}</article></body></html>");

        Assert.Empty(article.Authors);
    }
}
