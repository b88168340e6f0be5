using AngleSharp.Dom;
using NewsIngest.Core.Text;

namespace NewsIngest.Core.Html;

/// <summary>
/// Where the headline comes from when no heading agrees with a declared title: the page's own h1 telling another
/// story, a sole h1 under a title that only names the site, the first heading under an empty title slot, an h3
/// showing the title's first part, a block classed as the headline, and a blog front page's first post; and, on a
/// page whose every title names only the site, the block classed as its title.
/// </summary>
public static partial class HtmlMetadataExtractor
{
    /// <summary>The first of the headings below that the page offers, in this order; null when none does.</summary>
    private static string? UnagreedHeading(IDocument document, PageIndex page, List<string> declared, string? site, string? url, string? fromMetadata) =>
        StrangerHeading(page, declared)
        ?? SoleHeading(page, declared, document.Title, HostOf(url))
        ?? EmptySlotHeading(page, document.Title, declared, site)
        ?? (page.FirstH1 is null && fromMetadata is not null ? ShownPart(document, fromMetadata) : null)
        ?? (page.FirstH1 is null && ClassedHeadline(document, site) is { } classed && !string.Equals(classed, fromMetadata, StringComparison.OrdinalIgnoreCase) ? classed : null)
        ?? ListingHeadline(page, declared);

    /// <summary>
    /// On a page whose h1 is the site's name linked home and whose every declared title names only the site
    /// ("ICON Magazine", "ICON • ICON Magazine"), the first block after the h1 that its class calls a title or headline
    /// (<c>&lt;div class="title-text"&gt;</c>): the template set the site's name in every title slot, and the page
    /// builder set the story's headline in a block of its own.
    /// </summary>
    private static string? SiteOnlyHeadline(IDocument document, PageIndex page, List<string> declared, string? site)
    {
        if (site is null || declared.Count == 0 || page.FirstH1 is not { } h1 || !LinksHomeOnly(h1) || !TitleCleaner.NamesOnly(HeadingText(h1), site)
            || !declared.All(t => TitleCleaner.NamesOnly(HtmlText.Collapse(t), site)))
        {
            return null;
        }

        var after = false;
        var seen = 0;
        foreach (var element in document.Body?.Descendants<IElement>() ?? [])
        {
            if (++seen > 20000)
            {
                break;
            }

            if (element == h1)
            {
                after = true;
                continue;
            }

            var words = (element.GetAttribute("class") ?? "").ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
            if (!after || h1.Contains(element) || !(words.Contains("title") || words.Contains("headline")) || words.Contains("share") || words.Contains("social")
                || element.Closest("nav, footer, aside, header, a, figure, form") is not null || PageRegions.IsHidden(element) || InWidget(element))
            {
                continue;
            }

            var text = HtmlText.Collapse(element.TextContent);
            // A headline of two words or more: a lone word in a title-classed box is a button's or a box's label ("Teilen").
            if (text.Length is >= 3 and <= 300 && text.Contains(' ', StringComparison.Ordinal) && text.Any(char.IsLetter) && !TitleCleaner.NamesOnly(text, site))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// On a blog's front page, whose h1 is the blog's name linked home and whose every declared title is that name
    /// (alone or beside a word for the section), the first post's title: the first h2 of the content, outside menus
    /// and sidebar widgets, that links to the post. The page says nothing else of what it holds, and its body is
    /// that post.
    /// </summary>
    private static string? ListingHeadline(PageIndex page, List<string> declared)
    {
        if (declared.Count == 0 || page.FirstH1 is not { } h1 || !LinksHomeOnly(h1))
        {
            return null;
        }

        var name = HeadingText(h1);
        if (name.Length == 0 || !declared.All(t => FoldedText.Equal(HtmlText.Collapse(t), name) || TitleCleaner.NamesOnly(t, name)))
        {
            return null;
        }

        foreach (var heading in page.Headings)
        {
            if (heading.LocalName != "h2" || heading.Closest("nav, footer, aside, header") is not null || PageRegions.IsHidden(heading)
                || PageRegions.InComments(heading) || InWidget(heading))
            {
                continue;
            }

            var text = HeadingText(heading);
            var link = heading.QuerySelector("a[href]");
            if (link is not null && text.Length is >= 3 and <= 300 && HtmlText.Collapse(link.TextContent) == text && !IsFrontPage(link.GetAttribute("href")!))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Whether the heading sits in a sidebar or one of its widgets ("widget_recent_entries", "sidebar").</summary>
    private static bool InWidget(IElement heading)
    {
        for (var e = heading.ParentElement; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            var signature = ClassPatterns.Signature(e);
            if (signature.Contains("widget", StringComparison.Ordinal) || signature.Contains("sidebar", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// On a page without any h1, the headline set in a block whose class calls it that (<c>&lt;div class="l-headline"&gt;</c>),
    /// when the page holds one such text (repeated copies aside): page builders set the story's headline so, while the
    /// page's <c>&lt;title&gt;</c> names the section or the site. Several different ones are a listing's teasers.
    /// </summary>
    private static string? ClassedHeadline(IDocument document, string? site)
    {
        string? found = null;
        foreach (var element in document.QuerySelectorAll("div[class], p[class], span[class], header[class]"))
        {
            var words = (element.GetAttribute("class") ?? "").ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
            if (!words.Contains("headline") || element.Closest("nav, footer, aside, a") is not null || PageRegions.IsHidden(element))
            {
                continue;
            }

            var text = HtmlText.Collapse(element.TextContent);
            if (text.Length is < 10 or > 300 || !text.Contains(' ', StringComparison.Ordinal)
                || (site is not null && TitleAgreement.Score(text, site) >= TitleAgreement.Threshold))
            {
                continue;
            }

            if (found is not null && !string.Equals(found, text, StringComparison.Ordinal))
            {
                return null;
            }

            found = text;
        }

        return found;
    }

    /// <summary>
    /// Below this agreement an h1 and a title share a word or two among many ("Loan rates: work out your costs" and
    /// "How high are the rates for a personal loan?" share two of their fifteen words).
    /// </summary>
    private const double StrangerAgreement = 0.3;

    /// <summary>
    /// The page's one h1 (or, on a page without one, its first h2; on a page with several, the one inside its article)
    /// when it says something in a sentence of its own (four words or more) and shares few words with any title the
    /// metadata declares: the metadata was written for search engines ("Car loans - compare rates") while the page
    /// shows its reader another headline ("What does a car loan really cost you?").
    /// </summary>
    private static string? StrangerHeading(PageIndex page, List<string> declared)
    {
        // Without an h1, the first h2 of the page's content stands in its place, unless it is a blog's date header.
        // Among several h1s, the one inside the page's article is its own (the others head newsletter boxes and the like).
        var heading = page.H1Count switch
        {
            1 => page.FirstH1,
            0 => page.Headings.FirstOrDefault(h => h.Closest("nav, footer, aside, header") is null && !PageRegions.IsHidden(h) && !IsMasthead(h)),
            _ => page.Headings.Where(h => h.LocalName == "h1" && h.Closest("article") is not null).ToList() is [var only] ? only : null,
        };
        if (declared.Count == 0 || heading is null || ClassPatterns.Signature(heading).Contains("date", StringComparison.Ordinal)
            || heading.Closest("nav, footer, aside") is not null || IsMasthead(heading) || PageRegions.IsHidden(heading) || InBreadcrumb(heading) || PageRegions.InComments(heading))
        {
            return null;
        }

        var text = HeadingText(heading);
        return text.Length <= 300 && WordCount(text) >= 4 && declared.All(t => TitleAgreement.Score(text, t) < StrangerAgreement) ? text : null;
    }

    /// <summary>
    /// The page's one h1 when the only title the page declares is a <c>&lt;title&gt;</c> that names the site (its host
    /// name: "Anne Lee" on annelee.example) or just the page's place ("Home": under 15 characters and fewer words than
    /// the h1). Such a title says nothing of what the page holds; Readability too falls back on a sole h1 there.
    /// </summary>
    private static string? SoleHeading(PageIndex page, List<string> declared, string? title, string? host)
    {
        if (declared.Count != 1 || title is null || page.H1Count != 1 || page.FirstH1 is not { } h1
            || h1.Closest("nav, footer, aside") is not null || IsMasthead(h1) || PageRegions.IsHidden(h1) || InBreadcrumb(h1))
        {
            return null;
        }

        var only = HtmlText.Collapse(title);
        var text = HeadingText(h1);
        if (declared[0] != only || text.Length is < 3 or > 300 || string.Equals(text, only, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return TitleCleaner.NamesHost(only, host) || (only.Length < 15 && WordCount(only) < WordCount(text)) ? text : null;
    }

    /// <summary>
    /// The page's first heading when its <c>&lt;title&gt;</c> is the site's name with a separator on an empty side
    /// ("Harbour Courier -") and every h1 is empty (a logo or an image set in its place): the template's slot for the
    /// page's own title was left empty, so the title says nothing of the page, and the first heading of its content
    /// names it.
    /// </summary>
    private static string? EmptySlotHeading(PageIndex page, string? title, List<string> declared, string? site)
    {
        if (title is null || !TitleCleaner.HasBareMark(title)
            || declared.Select(t => TitleCleaner.Clean(t, site, null)).Distinct(StringComparer.OrdinalIgnoreCase).Count() != 1
            || page.Headings.Any(h => h.LocalName == "h1" && HeadingText(h).Length > 0))
        {
            return null;
        }

        var name = TitleCleaner.Clean(title, site, null);
        foreach (var heading in page.Headings)
        {
            if (heading.Closest("nav, footer, aside, header") is not null || PageRegions.InComments(heading) || InBreadcrumb(heading)
                || IsMasthead(heading) || PageRegions.IsHidden(heading))
            {
                continue;
            }

            var text = HeadingText(heading);
            if (text.Length is >= 3 and <= 300 && TitleAgreement.Score(text, name) < TitleAgreement.Threshold)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// On a page without an h1, the first part of a title in parts ("Headline - Name of the Event 2022") when an h3
    /// of the page's content says just that: the page shows its headline and leaves out the rest, which names the
    /// site in words no host name or site name gives away.
    /// </summary>
    private static string? ShownPart(IDocument document, string title)
    {
        if (TitleCleaner.FirstOfParts(title) is not { } first || WordCount(first) < 3)
        {
            return null;
        }

        foreach (var heading in document.QuerySelectorAll("h3"))
        {
            if (heading.Closest("nav, footer, aside, a") is null && !PageRegions.InComments(heading) && !PageRegions.IsHidden(heading)
                && FoldedText.Equal(HeadingText(heading), first))
            {
                return first;
            }
        }

        return null;
    }
}
