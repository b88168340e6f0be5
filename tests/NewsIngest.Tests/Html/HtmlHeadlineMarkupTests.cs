using AngleSharp.Html.Parser;
using NewsIngest.Core.Html;
using NewsIngest.Core.Model;

namespace NewsIngest.Tests.Html;

/// <summary>What a heading's markup says about the headline: reading aids, the page's only h1, a section heading's place.</summary>
public sealed class HtmlHeadlineMarkupTests
{
    private static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    private static HtmlMetadata Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return HtmlMetadataExtractor.Extract(document, Options);
    }

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
    public void A_style_sheet_set_inside_the_heading_is_no_part_of_its_text()
    {
        var metadata = Extract("""
            <html><head><meta property="og:title" content="Ferry returns after repairs"></head>
            <body><article><h1><style>.k9{color:grey;margin:0}</style>Ferry returns after repairs to its storm-damaged hull</h1>
            <p>The crossing runs hourly again.</p></article></body></html>
            """);

        Assert.Equal("Ferry returns after repairs to its storm-damaged hull", metadata.Title);
    }
}
