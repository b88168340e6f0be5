using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

public static partial class HtmlMetadataExtractor
{
    private static List<string> FindAuthors(PageIndex page, MetaTags meta, JsonLdFacts jsonLd, string? site, Dictionary<string, string> provenance)
    {
        if (Usable(jsonLd.Authors, site) is { Count: > 0 } fromJson)
        {
            provenance["authors"] = "json-ld";
            return fromJson;
        }

        if (Usable(jsonLd.OtherAuthors, site) is { Count: > 0 } fromPage)
        {
            provenance["authors"] = "json-ld";
            return fromPage;
        }

        foreach (var (key, from) in (ReadOnlySpan<(string, string)>)[("author", "meta"), ("article:author", "opengraph"), ("dc.creator", "meta"), ("dcterms.creator", "meta"), ("parsely-author", "meta"), ("sailthru.author", "meta"), ("byl", "meta"), ("citation_author", "meta")])
        {
            var names = meta.All(key).SelectMany(AuthorNames.Split).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (Usable(names, site) is { Count: > 0 } fromMeta)
            {
                provenance["authors"] = from;
                return fromMeta;
            }
        }

        foreach (var element in page.Bylines)
        {
            if (element.Closest("[class*='comment' i], [id*='comment' i], footer, aside") is not null)
            {
                continue;
            }

            // Text nodes joined with spaces: "Author<b>Ann Lee</b>" must not become "AuthorAnn Lee".
            var text = string.Join(' ', element.Descendants<IText>().Select(t => t.Data));
            if (text.Length is > 0 and < 120 && Usable(AuthorNames.Split(text), site) is { Count: > 0 } fromMarkup)
            {
                provenance["authors"] = "byline";
                return fromMarkup;
            }
        }

        return [];
    }

    /// <summary>Drops the outlet itself when it was given as an author.</summary>
    private static List<string> Usable(IEnumerable<string> names, string? site) =>
        [.. names.Where(n => site is null || !string.Equals(n, site, StringComparison.OrdinalIgnoreCase)).Take(10)];
}
