using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

public static partial class HtmlMetadataExtractor
{
    private static string? FindTitle(IDocument document, PageIndex page, MetaTags meta, JsonLdFacts jsonLd, string? site, Dictionary<string, string> provenance)
    {
        // "article h1, main h1, h1" matched the first h1 in document order, whatever its ancestors.
        var h1 = page.FirstH1;
        var h1Text = h1 is null ? null : HtmlText.Collapse(h1.TextContent);
        var raw = Pick(provenance, "title",
            ("json-ld", jsonLd.Headline),
            ("opengraph", meta.First("og:title", "twitter:title")),
            ("meta", meta.First("dc.title", "dcterms.title", "headline", "title", "sailthru.title", "parsely-title")),
            ("title", document.Title),
            ("h1", h1Text is { Length: > 0 and < 300 } ? h1Text : null));
        return raw is null ? null : TitleCleaner.Clean(raw, site, h1Text);
    }
}
