using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

public static partial class HtmlMetadataExtractor
{
    private static List<string> FindAuthors(IDocument document, PageIndex page, MetaTags meta, JsonLdFacts jsonLd, string? site, Dictionary<string, string> provenance)
    {
        // A one-person site: the JSON-LD calls its author a Person and its publisher by the same name ("Ann Lee"
        // writing on "Ann Lee"). Her name is then no outlet to drop, wherever the page gives it.
        if (site is not null && jsonLd.People.Contains(site) && site.Contains(' ', StringComparison.Ordinal))
        {
            site = null;
        }

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

        // Dublin Core's creator (name="DC.creator", or the RDFa property="dc:creator") before the plain author tag: a
        // page that fills in Dublin Core names the work's creator on purpose, where "author" is often a template's
        // default or the site's owner.
        foreach (var (key, from) in (ReadOnlySpan<(string, string)>)[("dc.creator", "meta"), ("dc:creator", "meta"), ("dcterms.creator", "meta"), ("dcterms:creator", "meta"), ("author", "meta"), ("article:author", "opengraph"), ("parsely-author", "meta"), ("sailthru.author", "meta"), ("byl", "meta"), ("citation_author", "meta")])
        {
            // Dublin Core and citation tags write one creator per tag, surname first ("Kooman, F."): one person, not two.
            var inverted = key.StartsWith("dc", StringComparison.Ordinal) || key == "citation_author";
            var names = meta.All(key).SelectMany(v => inverted && Inverted().Match(v.Trim()) is { Success: true } m
                ? AuthorNames.Split(m.Groups["given"].Value + " " + m.Groups["surname"].Value)
                : AuthorNames.Split(v)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (Usable(names, site) is { Count: > 0 } fromMeta)
            {
                provenance["authors"] = from;
                return fromMeta;
            }
        }

        if (Usable(LabelledAuthor(meta), site) is { Count: > 0 } fromLabel)
        {
            provenance["authors"] = "meta";
            return fromLabel;
        }

        foreach (var element in page.Bylines)
        {
            // An aside or footer inside the article is its own byline box; outside it, another story's or the site's.
            if (PageRegions.InComments(element)
                || element.Closest("footer, aside") is { } box && box.ParentElement?.Closest("article") is null)
            {
                continue;
            }

            if (BylineNames(element, site) is { Count: > 0 } fromMarkup)
            {
                // "Tech Desk Ann Lee" around a name element holding "Ann Lee": the inner element is the name alone.
                var inner = fromMarkup.Count == 1
                    ? page.Bylines.Where(e => e != element && element.Contains(e)).Select(e => BylineNames(e, site))
                        .FirstOrDefault(n => n.Count == 1 && n[0].Length < fromMarkup[0].Length && fromMarkup[0].EndsWith(" " + n[0], StringComparison.Ordinal))
                    : null;
                provenance["authors"] = "byline";
                return inner ?? fromMarkup;
            }
        }

        if (Usable(TextBylines.Find(document, page.FirstH1), site) is { Count: > 0 } fromText)
        {
            provenance["authors"] = "byline";
            return fromText;
        }

        if (Usable(LinkedAuthor(page), site) is { Count: > 0 } fromLink)
        {
            provenance["authors"] = "byline";
            return fromLink;
        }

        return [];
    }

    /// <summary>
    /// The last resort: the first link to an author's page ("/author/ann-lee/") whose text is one person's name, set
    /// outside the page's navigation, footer, sidebars and comments. Sites link the byline to the author's page even
    /// where they mark it up as nothing.
    /// </summary>
    private static IReadOnlyList<string> LinkedAuthor(PageIndex page)
    {
        foreach (var link in page.AuthorLinks)
        {
            if (link.Closest("nav, footer, aside, form, [class*='menu' i]") is not null || PageRegions.InComments(link))
            {
                continue;
            }

            var text = HtmlText.Collapse(link.TextContent);
            if (text.Length is < 3 or > 60)
            {
                continue;
            }

            var names = AuthorNames.Split(text);
            if (names is [var name] && name.Split(' ') is { Length: >= 2 and <= 4 } words && words.All(w => char.IsUpper(w[0]) || w.Length <= 3))
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>
    /// The value of a labelled pair of meta tags (<c>twitter:label1</c> "Written by" or "Geschrieben von" with
    /// <c>twitter:data1</c> the name), which blog and SEO plugins write when the page names no author otherwise.
    /// </summary>
    private static IReadOnlyList<string> LabelledAuthor(MetaTags meta)
    {
        for (var i = 1; i <= 4; i++)
        {
            if (meta.First($"twitter:label{i}") is { } label && AuthorLabel().IsMatch(label.Trim()) && meta.First($"twitter:data{i}") is { } name)
            {
                return AuthorNames.Split(name);
            }
        }

        return [];
    }

    /// <summary>"Surname, Given" as a catalogue writes it: a surname of one word (after lower-case particles), one to three given names or initials.</summary>
    [GeneratedRegex(@"^(?<surname>(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}'’-]+),\s*(?<given>\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Inverted();

    [GeneratedRegex(@"^(?:written\s+by|geschrieben\s+von|verfasst\s+von|écrit\s+par|escrito\s+por|scritto\s+da|autor(?:in)?|author|auteur)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLabel();

    private static List<string> BylineNames(IElement element, string? site)
    {
        // Text nodes joined with spaces: "Author<b>Ann Lee</b>" must not become "AuthorAnn Lee". Collapsed before its
        // length is judged: indentation alone can make a two-word byline look long.
        // Text only screen readers get ("Post author", "Written by" in a visually hidden span) is no part of the name.
        var text = HtmlText.Collapse(string.Join(' ', element.Descendants<IText>().Where(t => !HiddenFromReaders(t, element)).Select(t => t.Data)));
        return text.Length is > 0 and < 120 ? Usable(AuthorNames.Split(text), site) : [];
    }

    private static bool HiddenFromReaders(IText text, IElement within)
    {
        for (var parent = text.ParentElement; parent is not null && parent != within; parent = parent.ParentElement)
        {
            if (PageRegions.IsHidden(parent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops the outlet itself when it was given as an author, and its name when it trails a person's ("Ann Lee MetroVoice").</summary>
    private static List<string> Usable(IEnumerable<string> names, string? site) =>
        [.. names.Select(n => WithoutOutlet(n, site)).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(10)];

    private static string WithoutOutlet(string name, string? site)
    {
        if (site is null || site.Length < 3)
        {
            return name;
        }

        if (string.Equals(name, site, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        // "MetroVoice - Ann Lee": the outlet's name set before the person's.
        foreach (var separator in (ReadOnlySpan<string>)[" - ", " | ", ": ", " – "])
        {
            if (name.StartsWith(site + separator, StringComparison.OrdinalIgnoreCase) && name.Length > site.Length + separator.Length + 2)
            {
                return name[(site.Length + separator.Length)..].Trim();
            }
        }

        var suffix = " " + site;
        return name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length - suffix.Length >= 3 && name[..^suffix.Length].Contains(' ', StringComparison.Ordinal)
            ? name[..^suffix.Length].Trim()
            : name;
    }
}
