using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

public static partial class HtmlMetadataExtractor
{
    /// <summary>Class words of the line a headline wears above itself ("Klimaschutz", "Nach Corona-Lockerungen"): not part of the headline.</summary>
    private static readonly string[] KickerClassWords =
        ["kicker", "roofline", "dachzeile", "overline", "topline", "eyebrow", "pretitle", "supertitle", "topic-label", "titleheader", "spitzmarke"];

    private static string? FindTitle(IDocument document, PageIndex page, MetaTags meta, JsonLdFacts jsonLd, string? site, Dictionary<string, string> provenance)
    {
        // "article h1, main h1, h1" matched the first h1 in document order, whatever its ancestors.
        var h1 = page.FirstH1;
        var h1Text = h1 is null ? null : HeadingText(h1);

        // A first h1 that is a later part of the page's <title> ("Headline | Blog Name" with the blog's name as its h1)
        // is the site's logo: it names the site, and must not replace the headline.
        if (h1Text is not null && TitleCleaner.IsTrailingPart(document.Title, h1Text))
        {
            site ??= h1Text;
            h1Text = null;
        }

        var raw = Pick(provenance, "title",
            ("json-ld", jsonLd.Headline),
            ("opengraph", meta.First("og:title", "twitter:title")),
            ("meta", meta.First("dc.title", "dcterms.title", "headline", "title", "sailthru.title", "parsely-title")),
            ("title", document.Title),
            ("h1", h1Text is { Length: > 0 and < 300 } ? h1Text : null));
        return raw is null ? null : TitleCleaner.Clean(raw, site, h1Text);
    }

    /// <summary>
    /// The h1's text without its kicker (a child whose class names the line above the headline) and without text
    /// hidden from sight (a separator kept for screen readers), so the headline itself can be recognised.
    /// </summary>
    private static string HeadingText(IElement h1)
    {
        var whole = HtmlText.Collapse(h1.TextContent);
        var kept = new List<string>();
        var droppedKicker = false;
        foreach (var node in h1.ChildNodes)
        {
            if (node is IElement child)
            {
                var signature = ClassPatterns.Signature(child);
                if (!droppedKicker && kept.Count == 0 && KickerClassWords.Any(w => signature.Contains(w, StringComparison.Ordinal)))
                {
                    droppedKicker = true;
                    continue;
                }

                if (droppedKicker && (signature.Contains("hidden", StringComparison.Ordinal) || child.GetAttribute("aria-hidden") == "true"))
                {
                    continue;
                }
            }

            var text = HtmlText.Collapse(node.TextContent);
            if (text.Length > 0)
            {
                kept.Add(text);
            }
        }

        var headline = HtmlText.Collapse(string.Join(' ', kept)).TrimStart(':', '-', '–', '—', ' ');
        return droppedKicker && headline.Contains(' ', StringComparison.Ordinal) ? headline : whole;
    }
}
