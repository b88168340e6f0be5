using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

public static partial class HtmlMetadataExtractor
{
    private static List<string> FindAuthors(IDocument document, PageIndex page, MetaTags meta, JsonLdFacts jsonLd, string? site, string? url, Dictionary<string, string> provenance)
    {
        // A one-person site: the JSON-LD calls its author a Person and its publisher by the same name ("Ann Lee"
        // writing on "Ann Lee"). Her name is then no outlet to drop, wherever the page gives it. Where the names are
        // simply equal, a given name must open hers: outlets file their own name as a Person too ("Ultima Hora").
        // Where the site's name joins hers to a motto ("Ann Lee - Notes on Gardens"), the motto says it is her site.
        if (site is not null && jsonLd.People.Any(p => p.Contains(' ', StringComparison.Ordinal)
                && (string.Equals(site, p, StringComparison.OrdinalIgnoreCase) ? GivenNames.Contains(p.Split(' ')[0])
                    : site.Split(TitleCleaner.Separators, StringSplitOptions.TrimEntries).Contains(p, StringComparer.OrdinalIgnoreCase))))
        {
            site = null;
        }

        var declared = DeclaredAuthors(meta, jsonLd, site, url, provenance);
        if (declared.Count > 0)
        {
            // A login declared ("idaholmquist", "ann.lee") where the page names the person behind it: the reader's form wins.
            if (declared is [var login] && IsLogin(login) && WriterBehind(login, document, page, site) is { } writer)
            {
                provenance["authors"] = "byline";
                return [writer];
            }

            if (WritersShownInstead(declared, document, page, site) is { } shown)
            {
                provenance["authors"] = "byline";
                return shown;
            }

            return declared;
        }

        if (VisibleAuthors(document, page, site) is { Count: > 0 } visible)
        {
            provenance["authors"] = "byline";
            return visible is [var shown] && (InitialsSpelledOut(shown, document, page) ?? PersonOverLogin(shown, document, page, site)) is { } person ? [person] : visible;
        }

        if ((CreatorShown(meta, document) ?? NamedBesideAuthorLink(document)) is { } creator && Usable([creator], site) is [_])
        {
            provenance["authors"] = "byline";
            return [creator];
        }

        // Nothing names a person: an organisation the article declares as its author, other than the outlet itself,
        // is the credit it gives ("Contributors to Wikimedia projects" on a page Wikimedia publishes, an agency).
        if (jsonLd.OrganizationAuthors.Select(HtmlText.Collapse).Where(o => o.Length is > 1 and <= 80 && !OutletByName(o, site, jsonLd.Publisher, url) && AuthorNames.Split(o).Count > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } organizations)
        {
            provenance["authors"] = "json-ld";
            return organizations;
        }

        return [];
    }

    /// <summary>The authors the page declares for machines: JSON-LD, then the meta tags.</summary>
    private static List<string> DeclaredAuthors(MetaTags meta, JsonLdFacts jsonLd, string? site, string? url, Dictionary<string, string> provenance)
    {
        // An author that spells the web address's own name and opens with no given name is the outlet, as in the
        // meta tags below ("Deutsche Wirtschaftsnachrichten" on deutsche-wirtschafts-nachrichten.de).
        if (Usable(jsonLd.Authors.Where(a => !AddressNamed(a, url)), site) is { Count: > 0 } fromJson)
        {
            // "April Roach" in the JSON-LD, "April Roach, Daniel O'Mahony" in the author tag: the tag that names every
            // JSON-LD author and more people besides is the fuller credit.
            if (Usable(meta.All("author").SelectMany(v => AuthorNames.Split(v)), site) is { } tagged && tagged.Count > fromJson.Count
                && fromJson.All(a => tagged.Contains(a, StringComparer.OrdinalIgnoreCase)))
            {
                provenance["authors"] = "meta";
                return tagged;
            }

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
            // The whole value is weighed against the site's name before it is split: "Jobs & Hire" is the outlet, not
            // two people called "Jobs" and "Hire".
            // So is a value that spells the web address's own name and opens with no given name ("heise online" as
            // Dublin Core creator on heise.de, where og:site_name names a magazine of the house).
            var names = meta.All(key).Where(v => (site is null || !IsOutlet(HtmlText.Collapse(v), site)) && !AddressNamed(HtmlText.Collapse(v), url)).SelectMany(v => inverted && Inverted().Match(v.Trim()) is { Success: true } m
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

        return [];
    }

    /// <summary>
    /// The authors the reader sees: byline elements, then bylines written as text, then a link to an author's page, then
    /// the name over the post author's own reply in the comments.
    /// </summary>
    private static List<string> VisibleAuthors(IDocument document, PageIndex page, string? site)
    {
        // The headline's text, read once: a byline element that holds only it is the headline in an author-classed box.
        var headline = page.FirstH1 is { } h1 ? HtmlText.Collapse(h1.TextContent) : "";
        foreach (var element in page.Bylines)
        {
            // An aside or footer inside the article is its own byline box; outside it, another story's or the site's.
            if (PageRegions.InComments(element) || element.Closest("blockquote") is not null
                || element.Closest("footer, aside") is { } box && box.ParentElement?.Closest("article") is null
                || InTeaser(element) || ImageCredit(element) || NoByline(element, headline))
            {
                continue;
            }

            if (BylineNames(element, site) is not { Count: > 0 } fromMarkup)
            {
                // ", par Comité Vert" on Comité Vert's site: the page's byline credits the outlet, and bylines
                // further down belong to other stories (a list of the most read), not to this one.
                if (site is not null && BylineNames(element, null) is { Count: > 0 } credited && credited.All(n => IsOutlet(n, site)))
                {
                    return [];
                }

                continue;
            }

            // "Tech Desk Ann Lee" around a name element holding "Ann Lee": the inner element is the name alone.
            var inner = fromMarkup.Count == 1
                ? page.Bylines.Where(e => e != element && element.Contains(e)).Select(e => BylineNames(e, site))
                    .FirstOrDefault(n => n.Count == 1 && n[0].Length < fromMarkup[0].Length && fromMarkup[0].EndsWith(" " + n[0], StringComparison.Ordinal))
                : null;
            return inner ?? fromMarkup;
        }

        if (Usable(TextBylines.Find(document, page.FirstH1), site) is { Count: > 0 } fromText)
        {
            return fromText;
        }

        if (Usable(LinkedAuthor(page), site) is { Count: > 0 } fromLink)
        {
            return fromLink;
        }

        return Usable(PostAuthorReply.Find(page), site);
    }

    /// <summary>
    /// The credit of a picture ("img-author", itemprop="creator" in a caption): a byline element inside a figure that is
    /// not itself the writer's portrait (a figure classed for the author).
    /// </summary>
    private static bool ImageCredit(IElement byline) =>
        byline.Closest("figure, figcaption") is { } figure && !PageIndex.NamesAuthor(figure.Closest("figure") ?? figure);

    /// <summary>
    /// A byline of another story, shown in a teaser of it: inside the link to that story (the link holds more than
    /// the name: a headline or a summary), or inside an <c>article</c> the page marks as a teaser card.
    /// </summary>
    internal static bool InTeaser(IElement byline)
    {
        if (byline.Closest("a[href]") is { } link && link.GetAttribute("href") is { } href && !href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            && !AuthorPage().IsMatch(href) && HtmlText.Collapse(link.TextContent).Length is var length && length > HtmlText.Collapse(byline.TextContent).Length + 20
            && (length > 80 || link.QuerySelector("h1, h2, h3, h4, h5, h6") is not null))
        {
            return true;
        }

        return byline.Closest("article") is { } card && ClassPatterns.Signature(card).Contains("teaser", StringComparison.Ordinal);
    }

    /// <summary>
    /// Marked as an author's but no byline: the writer's biography ("author-bio", "author-descr") or a box that holds
    /// one (its name element is visited on its own), or the headline itself in an element a template classes
    /// "author" (its text the h1's, or itemprop="headline").
    /// </summary>
    private static bool NoByline(IElement element, string headline)
    {
        if (TokenList.Has(element, "itemprop", "headline"))
        {
            return true;
        }

        if (IsBiography(element) || element.Descendants<IElement>().Take(200).Any(IsBiography))
        {
            return true;
        }

        return headline.Length > 0 && HtmlText.Collapse(element.TextContent) == headline;
    }

    private static bool IsBiography(IElement element) => element.ClassList.Any(c => Biography().IsMatch(c));

    /// <summary>A class naming a biography: "bio", "author-bio", "tdb-author-descr".</summary>
    [GeneratedRegex(@"^(?:.*[-_])?(?:bio|biography|descr)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Biography();

    /// <summary>A path segment that names a site's author pages ("/author/ann-lee", "/autor/", "/redakteur/").</summary>
    [GeneratedRegex(@"/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|redakteur(?:in)?|journalists?|writers?|reporters?|profile|user)/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPage();

    internal static bool IsAuthorPage(string href) => AuthorPage().IsMatch(href);

    /// <summary>
    /// The last resort: the first link to an author's page ("/author/ann-lee/") whose text is one person's name, set
    /// outside the page's navigation, footer, sidebars and comments. Sites link the byline to the author's page even
    /// where they mark it up as nothing.
    /// </summary>
    private static IReadOnlyList<string> LinkedAuthor(PageIndex page)
    {
        foreach (var link in page.AuthorLinks)
        {
            if (link.Closest("nav, footer, aside, form, blockquote, [class*='menu' i]") is not null || PageRegions.InComments(link))
            {
                continue;
            }

            // The link may hold the writer's portrait with its credit ("© Ann Lee") beside the name; the element the
            // page marks as the name (itemprop="name") is then the name alone.
            var text = HtmlText.Collapse((link.QuerySelector("[itemprop~='name']") ?? link).TextContent);
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
        // Nor are the links a byline box keeps beside the name: the writer's social profiles ("@annlee" to twitter.com)
        // and the story's tags or categories (rel="tag").
        var text = HtmlText.Collapse(string.Join(' ', element.Descendants<IText>().Where(t => !HiddenFromReaders(t, element) && !InSideLink(t, element)).Select(t => t.Data)));
        if (text.Length is 0 or >= 120)
        {
            return [];
        }

        var names = AuthorNames.Split(text, userNames: true);

        // Two writers' links set in blocks of their own with nothing between them ("Mia Roth" and "Ben Ott" each in a
        // div) read as one long name; each link is one of them.
        if (names is [var joined] && element.QuerySelectorAll("a[href]").Select(a => HtmlText.Collapse(a.TextContent)).Where(t => t.Length > 0).ToList() is { Count: >= 2 } linked
            && string.Join(' ', linked) == joined && linked.All(AuthorNames.OneName))
        {
            names = linked;
        }

        return Usable(names, site);
    }

    private static bool InSideLink(IText text, IElement within)
    {
        for (var parent = text.ParentElement; parent is not null && parent != within.ParentElement; parent = parent.ParentElement)
        {
            if (parent.LocalName == "a")
            {
                return parent.GetAttribute("rel") is { } rel && (rel.Contains("tag", StringComparison.OrdinalIgnoreCase) || rel.Contains("category", StringComparison.OrdinalIgnoreCase))
                    || parent.GetAttribute("href") is { } href && SocialProfile().IsMatch(href);
            }
        }

        return false;
    }

    /// <summary>A link to a profile on a social network rather than to the writer's page on the site.</summary>
    [GeneratedRegex(@"^(?:https?:)?//(?:[\w-]+\.)?(?:twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|xing\.com|threads\.net|mastodon\.social|bsky\.app|youtube\.com|tiktok\.com|pinterest\.\w+)(?:/|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SocialProfile();

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
}
