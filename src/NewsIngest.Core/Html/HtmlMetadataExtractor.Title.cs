using AngleSharp.Dom;
using NewsIngest.Core.Text;

namespace NewsIngest.Core.Html;

public static partial class HtmlMetadataExtractor
{
    /// <returns>
    /// The headline, and the title the metadata declares: the body drops a heading that repeats the declared title and
    /// keeps one worded otherwise, even when that heading became the headline.
    /// </returns>
    private static (string? Title, string? Declared) FindTitle(IDocument document, PageIndex page, MetaTags meta, JsonLdFacts jsonLd, string? site, string? url, Dictionary<string, string> provenance)
    {
        // "article h1, main h1, h1" matched the first h1 in document order, whatever its ancestors.
        var h1 = page.FirstH1;
        var h1Text = h1 is null ? null : HeadingText(h1);

        // A first h1 that is a later part of the page's <title> ("Headline | Blog Name" with the blog's name as its h1),
        // or its first part when the rest is another declared title ("Blog Name: Post title" beside og:title "Post
        // title"), is the site's logo: it names the site, and must not replace the headline.
        var declared = DeclaredTitles(document, meta, jsonLd);
        if (h1Text is not null && (TitleCleaner.IsTrailingPart(document.Title, h1Text) || TitleCleaner.IsLeadingName(document.Title, h1Text, declared)))
        {
            site ??= h1Text;
            h1Text = null;
        }

        // A declared title that is just the site's name ("Site", "Site | Operator") says nothing of the page when
        // another source names something else.
        (string, string?)[] candidates =
        [
            ("json-ld", Outvoted(jsonLd.Headline, declared, h1Text, site) ? null : jsonLd.Headline),
            ("opengraph", meta.First("og:title")),
            ("opengraph", meta.First("twitter:title")),
            ("meta", meta.First("dc.title", "dc:title", "dcterms.title", "headline", "title", "sailthru.title", "parsely-title")),
            ("title", document.Title),
            ("h1", h1Text is { Length: > 0 and < 300 } ? h1Text : null),
        ];
        if (site is not null && candidates.Any(c => c.Item2 is { } t && !TitleCleaner.NamesSite(t, site)))
        {
            candidates = [.. candidates.Select(c => c.Item2 is { } t && TitleCleaner.NamesSite(t, site) ? (c.Item1, null) : c)];
        }

        var raw = Pick(provenance, "title", candidates);
        var fromMetadata = raw is null ? null : TitleCleaner.Clean(raw, site, h1Text, HostOf(url));
        if (SiteOnlyHeadline(document, page, declared, site) is { } set)
        {
            provenance["title"] = "h1";
            return (TitleCleaner.WithoutLeadingDate(set), fromMetadata);
        }

        var visible = VisibleHeadline(page, declared, site);
        if (visible is ({ } seen, var level, var whole) && Refines(seen, level, whole, fromMetadata, provenance.GetValueOrDefault("title"), declared, site))
        {
            provenance["title"] = "h1";
            return (TitleCleaner.WithoutLeadingDate(seen), fromMetadata);
        }

        if ((visible.Text is null || visible.Level == "h2") && ArticleHeading(page, declared, site) is { } own && !string.Equals(own, fromMetadata, StringComparison.OrdinalIgnoreCase))
        {
            provenance["title"] = "h1";
            return (TitleCleaner.WithoutLeadingDate(own), fromMetadata);
        }

        if (visible.Text is null && UnagreedHeading(document, page, declared, site, url, fromMetadata) is { } unagreed)
        {
            provenance["title"] = "h1";
            return (TitleCleaner.WithoutLeadingDate(unagreed), fromMetadata);
        }

        return (fromMetadata is null ? null : TitleCleaner.WithoutLeadingDate(fromMetadata), fromMetadata);
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The host name of the page's declared address (og:url, canonical link), when it is an absolute http(s) URL.</summary>
    private static string? HostOf(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;

    /// <summary>
    /// Whether the visible heading should replace the metadata's title: when the metadata has none but the page's
    /// <c>&lt;title&gt;</c>, or when one holds the other (the heading without the site's name or section the metadata
    /// added, or the metadata's title without the kicker or date run into the heading), or when the page's h1 tells
    /// the story in words no declared title uses: metadata written once and not updated when the headline was
    /// reworded, or worded for search engines. A heading that repeats one of the declared titles leaves the first of
    /// them alone: the page itself then offers both wordings. The same words either way keep the metadata's title and
    /// its source.
    /// </summary>
    private static bool Refines(string heading, string level, string whole, string? fromMetadata, string? source, List<string> declared, string? site)
    {
        if (fromMetadata is null)
        {
            return true;
        }

        if (string.Equals(heading, fromMetadata, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A heading the <title> runs on past in words ("Crossbody lead" in "Crossbody lead variations - Site") is a
        // section's, worded like the start of the headline.
        if (source is "title" or "h1")
        {
            return !RunsOnInWords(heading, fromMetadata);
        }

        var h = FoldedText.Fold(heading);
        var m = FoldedText.Fold(fromMetadata);
        if ((m.Contains(h, StringComparison.Ordinal) && !RunsOnInWords(heading, fromMetadata)) || h.Contains(m, StringComparison.Ordinal))
        {
            return true;
        }

        // The metadata took the kicker the heading sets above its headline ("<span>Kicker</span> <span class=headline>…").
        var w = FoldedText.Fold(whole);
        if (w.Length > h.Length + m.Length && w.StartsWith(m + " ", StringComparison.Ordinal) && w.EndsWith(" " + h, StringComparison.Ordinal))
        {
            return true;
        }

        // A first declared title of a word or two that shares no word with a heading that tells a story ("Press
        // releases" over an h1 that repeats the <title>) names the page's section, not its headline.
        if (level == "h1" && WordCount(fromMetadata) <= 2 && WordCount(heading) >= 4 && TitleAgreement.Score(heading, fromMetadata) == 0)
        {
            return true;
        }

        return level == "h1" && !declared.Any(t => FoldedText.Equal(t, heading) || FoldedText.Equal(TitleCleaner.Clean(t, site, null), heading));
    }

    /// <summary>
    /// Whether <paramref name="title"/> goes on in words right after the heading's own ("Was ist eine Vorsatzschalung"
    /// in "Was ist eine Vorsatzschalung und was bringt sie?"): the heading is then a section's, worded like the start
    /// of the headline, not the headline without the title's decoration, which a separator sets off.
    /// </summary>
    private static bool RunsOnInWords(string heading, string title)
    {
        var core = heading.TrimEnd('?', '!', '.', ':', '…', ' ');
        var at = core.Length == 0 ? -1 : title.IndexOf(core, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var after = title[(at + core.Length)..];
        return after.Length > 1 && after[0] == ' ' && char.IsLetterOrDigit(after[1]);
    }

    /// <summary>What the page's metadata calls its title, each source once: JSON-LD, OpenGraph, Twitter, other meta, <c>&lt;title&gt;</c>.</summary>
    private static List<string> DeclaredTitles(IDocument document, MetaTags meta, JsonLdFacts jsonLd)
    {
        string?[] all = [jsonLd.Headline, meta.First("og:title"), meta.First("twitter:title"),
            meta.First("dc.title", "dc:title", "dcterms.title", "headline", "title", "sailthru.title", "parsely-title"), document.Title];
        return [.. all.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => HtmlText.Collapse(t!))];
    }

    /// <summary>
    /// The JSON-LD headline when every other source disagrees with it and they agree among themselves: some pages put
    /// their description or a teaser line there.
    /// </summary>
    private static bool Outvoted(string? headline, List<string> declared, string? h1Text, string? site)
    {
        if (headline is null)
        {
            return false;
        }

        var others = declared.Where(t => t != headline).Select(t => TitleCleaner.Clean(t, site, null)).ToList();
        if (h1Text is not null)
        {
            others.Add(h1Text);
        }

        return others.Count >= 2 && others.All(o => TitleAgreement.Score(o, headline) < TitleAgreement.Threshold)
            && others.Skip(1).Any(o => TitleAgreement.Score(o, others[0]) >= TitleAgreement.Threshold);
    }

    /// <summary>
    /// The headline a reader sees: the first h1 (or, when no h1 agrees, h2) near the top of the page whose words agree
    /// with a title the metadata declares. Agreement tells the story's heading from a logo, a section name or a teaser;
    /// the heading's own wording wins over the metadata's, which is often written for search engines and feeds.
    /// </summary>
    private static (string? Text, string Level, string Whole) VisibleHeadline(PageIndex page, List<string> declared, string? site)
    {
        if (declared.Count == 0)
        {
            return (null, "", "");
        }

        var cleaned = declared.Select(t => TitleCleaner.Clean(t, site, null)).Distinct(StringComparer.Ordinal).ToList();
        var titles = declared.Concat(cleaned).Distinct(StringComparer.Ordinal).ToList();
        foreach (var level in (ReadOnlySpan<string>)["h1", "h2"])
        {
            foreach (var heading in page.Headings)
            {
                if (heading.LocalName != level || heading.Closest("nav, footer, aside") is not null || PageRegions.InComments(heading) || InBreadcrumb(heading))
                {
                    continue;
                }

                var text = HeadingText(heading);
                if (text.Length is < 3 or > 300 || (site is not null && TitleAgreement.Score(text, site) >= TitleAgreement.Threshold)
                    || IsMasthead(heading) || PageRegions.IsHidden(heading)
                    || declared.Any(t => TitleCleaner.IsTrailingPart(t, text) && !TitleCleaner.IsLastOfMany(t, text)))
                {
                    continue;
                }

                if (titles.Any(t => TitleAgreement.Score(text, t) >= TitleAgreement.Threshold) || (level == "h1" && HeadsSubline(heading, text, declared)))
                {
                    // A heading written out whole inside a longer declared title ("Dog chases burglars – witnesses sought"
                    // in "… – Harbour Post") is whole: the title's decoration is what stands around it, and the heading's
                    // own last part is no site name, however short.
                    if (level == "h1" && KickerSetApart(heading, text, declared) is { } headline)
                    {
                        return (headline, level, HtmlText.Collapse(heading.TextContent));
                    }

                    var own = declared.Any(t => t.Length > text.Length && t.Contains(text, StringComparison.OrdinalIgnoreCase)) ? text : TitleCleaner.Clean(text, site, null);
                    return (Reconciled(own, cleaned, heading), level, HtmlText.Collapse(heading.TextContent));
                }
            }
        }

        return (null, "", "");
    }

    /// <summary>
    /// The h1's headline without the kicker it sets first in an element of its own
    /// (<c>&lt;h1&gt;&lt;span&gt;Harbour strike&lt;/span&gt; Ferries stay in port&lt;/h1&gt;</c>), when a declared title writes
    /// the two as parts of their own ("Harbour strike - Ferries stay in port - Site"): the page's markup and its
    /// metadata both say the kicker is a label set over the headline, not its first words. Without the title's
    /// separator (a kicker the metadata runs on with a colon, or leaves out) the heading's reading is kept.
    /// </summary>
    private static string? KickerSetApart(IElement h1, string text, List<string> declared)
    {
        var first = h1.ChildNodes.FirstOrDefault(n => n is IElement || !string.IsNullOrWhiteSpace(n.TextContent));
        if (first is not IElement kickerElement || kickerElement.LocalName is "a" or "img" or "br")
        {
            return null;
        }

        var kicker = HtmlText.Collapse(kickerElement.TextContent);
        if (kicker.Length == 0 || text.Length <= kicker.Length || !text.StartsWith(kicker, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text[kicker.Length..].Trim(SeparatorChars);
        return WordCount(rest) >= 2 && declared.Any(t => TitleCleaner.SetsApart(t, kicker, rest)) ? rest : null;
    }

    /// <summary>
    /// An h1 followed at once by an h2 that together open a declared title ("Headline - Subline : Site" over
    /// <c>&lt;h1&gt;Headline&lt;/h1&gt;&lt;h2&gt;Subline&lt;/h2&gt;</c>): the h1 is the headline, the h2 its subline, though
    /// the h1 alone shares too few words with the whole title to agree with it.
    /// </summary>
    private static bool HeadsSubline(IElement h1, string text, List<string> declared) =>
        h1.NextElementSibling is { LocalName: "h2" } next && HtmlText.Collapse(next.TextContent) is { Length: > 0 } subline
        && declared.Any(t => TitleCleaner.OpensWith(t, text, subline));

    /// <summary>
    /// The article's own headline when no heading agrees with a declared title: the one h1 inside the page's article
    /// or main content whose class, id or <c>itemprop</c> names it a title or headline ("entry-title",
    /// <c>itemprop="headline"</c>). Metadata written for search engines or shared by every page of a site ("Home",
    /// "Ratgeber | Site") can then say something else entirely. Two such h1s (a listing) or an h1 that names itself
    /// nothing (a section's or a template's heading) leave the metadata's title alone.
    /// </summary>
    private static string? ArticleHeading(PageIndex page, List<string> declared, string? site)
    {
        string? found = null;
        foreach (var heading in page.Headings)
        {
            if (heading.LocalName != "h1" || heading.Closest("nav, footer, aside") is not null || heading.Closest("article, main, [role='main']") is null
                || !NamesItselfTitle(heading) || PageRegions.InComments(heading) || InBreadcrumb(heading))
            {
                continue;
            }

            var text = HeadingText(heading);
            if (text.Length is < 3 or > 300 || (site is not null && TitleAgreement.Score(text, site) >= TitleAgreement.Threshold)
                || IsMasthead(heading) || PageRegions.IsHidden(heading) || declared.Any(t => TitleCleaner.IsTrailingPart(t, text)))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = text;
        }

        return found;
    }

    /// <summary>
    /// A heading that holds a declared title and more ("Tunesien Große Aufgaben …": a kicker or a date run into it)
    /// gives way to that title when its markup sets the two apart (the kicker or the title in an element of its own);
    /// a heading that runs on in the same words ("Hund vertreibt Einbrecher – Zeugenaufruf") is one headline the
    /// metadata shortened. A heading cut short ("Open Journalism Project:") is completed by a declared title.
    /// Otherwise the heading's own wording stands.
    /// </summary>
    private static string Reconciled(string heading, List<string> titles, IElement element)
    {
        string? inside = null;
        foreach (var title in titles)
        {
            if (title.Length >= heading.Length || !title.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (heading.Contains(title, StringComparison.OrdinalIgnoreCase) && (inside is null || title.Length > inside.Length))
            {
                inside = title;
            }
        }

        // Words before the title in the heading's own text ("\"Pure Leere\": Title", "Projektwettbewerb Title") are the
        // headline's; they give way only when the heading repeats another declared title, which then names no
        // wording the first one lacks.
        if (inside is not null && (SetApart(element, heading, inside)
            || (!StartsWithTitle(heading, inside) && titles.Any(t => FoldedText.Equal(t, heading)))))
        {
            return inside;
        }

        // Only a heading that visibly stops short ("Open Journalism Project:") is completed: a declared title that
        // holds a whole heading usually adds a kicker or the site's name to it.
        if (!heading.EndsWith(':') && !heading.EndsWith('…') && !heading.EndsWith("...", StringComparison.Ordinal))
        {
            return heading;
        }

        var core = heading.TrimEnd(':', '.', '…', ' ');
        return titles.Where(t => t.Length > heading.Length && t.Contains(core, StringComparison.OrdinalIgnoreCase)
                && !TitleCleaner.HasSeparator(t[(t.IndexOf(core, StringComparison.OrdinalIgnoreCase) + core.Length)..])
                && TitleAgreement.Score(heading, t) >= TitleAgreement.Threshold)
            .OrderBy(t => t.Length).FirstOrDefault() ?? heading;
    }

    /// <summary>
    /// Whether the heading's markup holds <paramref name="title"/> or the words around it as a part of its own: a node
    /// (text or element) whose text is the title, or is what the heading adds to it (a kicker, a date, a subline).
    /// </summary>
    private static bool SetApart(IElement element, string heading, string title)
    {
        var at = heading.IndexOf(title, StringComparison.OrdinalIgnoreCase);
        var after = heading[(at + title.Length)..].Trim(SeparatorChars);
        foreach (var node in element.Descendants())
        {
            if (node is not (IElement or IText))
            {
                continue;
            }

            var text = HtmlText.Collapse(node.TextContent).Trim(SeparatorChars);
            if (text.Length > 0 && (FoldedText.Equal(text, title) || (after.Length > 0 && FoldedText.Equal(text, after))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithTitle(string heading, string title) =>
        heading.Trim(SeparatorChars).StartsWith(title.Trim(SeparatorChars), StringComparison.OrdinalIgnoreCase);

    private static readonly char[] SeparatorChars = [' ', ':', '-', '–', '—', '|', '/', ',', '·', '•'];
}
