using AngleSharp.Dom;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Html;

/// <summary>
/// Reads a page's metadata in order of trust: JSON-LD, OpenGraph and <c>article:*</c>, Dublin Core and other
/// <c>&lt;meta name&gt;</c>, <c>&lt;time datetime&gt;</c>, bylines in the markup, the URL, text patterns.
/// Published dates win over modified ones; a modified date is used only when nothing else is found.
/// Reads the document without changing it.
/// </summary>
public static partial class HtmlMetadataExtractor
{
    public static HtmlMetadata Extract(IDocument document, ParseOptions options)
    {
        var page = PageIndex.Of(document);
        var meta = MetaTags.Collect(page.Metas);
        var jsonLd = new JsonLdFacts();
        foreach (var script in page.JsonLdScripts)
        {
            JsonLdReader.Read(script.TextContent, jsonLd);
        }

        var provenance = new Dictionary<string, string>(StringComparer.Ordinal);
        var url = meta.First("og:url") ?? page.CanonicalHref ?? options.PageUrl;
        var source = Pick(provenance, "source", ("json-ld", jsonLd.Publisher), ("opengraph", meta.First("og:site_name")),
            ("meta", meta.First("publisher", "dc.publisher", "dcterms.publisher", "application-name", "cre")));
        var (title, declaredTitle) = FindTitle(document, page, meta, jsonLd, source, url, provenance);
        var authors = FindAuthors(document, page, meta, jsonLd, source, url, provenance);
        var (published, isModified) = FindPublished(document, page, meta, jsonLd, url, options, provenance);
        var modified = FindModified(page, meta, jsonLd, options, provenance);
        var language = document.DocumentElement.GetAttribute("lang") ?? meta.First("content-language", "og:locale", "dc.language", "language");
        var ogType = meta.First("og:type");
        return new HtmlMetadata
        {
            Title = title,
            DeclaredTitle = declaredTitle,
            Published = published,
            PublishedIsModified = isModified,
            Modified = modified,
            Authors = authors,
            Source = source,
            Url = url,
            DeclaredLanguage = string.IsNullOrWhiteSpace(language) ? null : language.Trim(),
            DeclaresArticle = jsonLd.IsArticle || (ogType is not null && ogType.Contains("article", StringComparison.OrdinalIgnoreCase)),
            Provenance = provenance,
        };
    }

    private static string? Pick(Dictionary<string, string> provenance, string field, params (string Source, string? Value)[] candidates)
    {
        foreach (var (from, value) in candidates)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                provenance[field] = from;
                return HtmlText.Collapse(value);
            }
        }

        return null;
    }
}
