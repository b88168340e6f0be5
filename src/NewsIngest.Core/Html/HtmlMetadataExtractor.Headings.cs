using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// What a heading element is, for the title's choice: part of a breadcrumb trail, a masthead or logo linking home, a
/// headline by its own class; and its text without a kicker line or a permalink mark.
/// </summary>
public static partial class HtmlMetadataExtractor
{
    /// <summary>Class words of the line a headline wears above itself ("Klimaschutz", "Nach Corona-Lockerungen"): not part of the headline.</summary>
    private static readonly string[] KickerClassWords =
        ["kicker", "roofline", "dachzeile", "overline", "topline", "eyebrow", "pretitle", "supertitle", "topic-label", "titleheader", "spitzmarke"];

    /// <summary>
    /// A heading inside a breadcrumb trail ("Home › Politik › Headline" with the last crumb set as an h1 for search
    /// engines): a copy of the declared title, not the headline set above the story.
    /// </summary>
    private static bool InBreadcrumb(IElement heading)
    {
        for (var e = heading.ParentElement; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (ClassPatterns.Signature(e).Contains("breadcrumb", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A class or id word, or the <c>itemprop</c>, that calls the element a title or headline ("entry-title", "article__hed", "headline"); not a subtitle.</summary>
    private static bool NamesItselfTitle(IElement heading)
    {
        var words = $"{ClassPatterns.Signature(heading)} {heading.GetAttribute("itemprop")}".ToLowerInvariant()
            .Split([' ', '-', '_', '.', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => !w.StartsWith("sub", StringComparison.Ordinal)
            && (w is "hed" || TitleWords.Any(t => w.Contains(t, StringComparison.Ordinal))));
    }

    private static readonly string[] TitleWords = ["title", "titel", "headline", "heading"];

    /// <summary>
    /// The site's name set as a heading: a heading that only links to the site's front page, or sits in the page's own
    /// header (not an article's) with a class that names the site or its logo.
    /// </summary>
    private static bool IsMasthead(IElement heading)
    {
        var signature = ClassPatterns.Signature(heading);
        if (MastheadWords.Any(w => signature.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        if (LinksHomeOnly(heading))
        {
            return true;
        }

        return heading.Closest("header, [role='banner']") is { } header && header.Closest("article, main, [role='main']") is null
            && MastheadWords.Any(w => ClassPatterns.Signature(header).Contains(w, StringComparison.Ordinal));
    }

    private static readonly string[] MastheadWords = ["site-title", "site-name", "sitename", "sitetitle", "blog-title", "blogtitle", "logo", "brand", "masthead", "site-header", "site-branding"];

    /// <summary>A heading whose words are one link to the site's front page: the logo set as a heading.</summary>
    private static bool LinksHomeOnly(IElement heading)
    {
        var links = heading.QuerySelectorAll("a[href]");
        return links.Length == 1 && HtmlText.Collapse(links[0].TextContent).Length >= HtmlText.Collapse(heading.TextContent).Length - 1
            && IsFrontPage(links[0].GetAttribute("href")!);
    }

    private static bool IsFrontPage(string href)
    {
        var h = href.Trim();
        if (h is "/" or "./" or "index.html" or "index.php" or "/index.html" or "/index.php")
        {
            return true;
        }

        var scheme = h.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return false;
        }

        var path = h[(scheme + 3)..];
        var slash = path.IndexOf('/');
        return slash < 0 || path[(slash + 1)..].Trim('/').Length == 0;
    }

    /// <summary>
    /// The h1's text without its kicker (a child whose class names the line above the headline) and without text
    /// hidden from sight (a separator kept for screen readers), so the headline itself can be recognised.
    /// </summary>
    private static string HeadingText(IElement h1)
    {
        // Reading aids set over the characters (<ruby>漢<rt>かん</rt></ruby>) are no words of the headline: read as text,
        // they run into the characters they gloss. Nor is a style sheet set inside the heading (as CSS-in-JS renderers do).
        if (h1.QuerySelector("rt, rp, style, script") is not null)
        {
            return HtmlText.Collapse(ReadableText(h1));
        }

        // A permalink anchor closing the heading ("<a href=\"#intro\">¶</a>", as documentation and blog tools write it) is no word of it.
        // Nor is a badge closing it ("<span class=\"label\">Subscribers</span>", "Live", "Update"): a marker set on the story.
        var badge = ClosingBadge(h1);
        var whole = HtmlText.Collapse(string.Concat(h1.ChildNodes.Where(n => !IsPermalink(n) && n != badge).Select(n => n.TextContent)));

        // A part whose class names it the headline ("<span class=headline>") after words of another part: those words are its kicker.
        var named = h1.Children.FirstOrDefault(c => NamesItselfTitle(c) && !PageRegions.IsHidden(c));
        if (named is not null && HtmlText.Collapse(named.TextContent) is { } own && own.Contains(' ', StringComparison.Ordinal)
            && whole.Length > own.Length && !whole.StartsWith(own, StringComparison.Ordinal))
        {
            return own;
        }
        var kept = new List<string>();
        var droppedKicker = false;
        foreach (var node in h1.ChildNodes)
        {
            if (IsPermalink(node) || node == badge)
            {
                continue;
            }

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

    /// <summary>
    /// The node's text as a reader sees it: without the pronunciation or gloss of ruby annotations (<c>rt</c>), their
    /// fallback brackets (<c>rp</c>), and style sheets or scripts.
    /// </summary>
    private static string ReadableText(INode node)
    {
        return node switch
        {
            IElement { LocalName: "rt" or "rp" or "style" or "script" } => "",
            IElement element => string.Concat(element.ChildNodes.Select(ReadableText)),
            IText text => text.Data,
            _ => "",
        };
    }

    /// <summary>
    /// The heading's last child, when it is an element of one or two words that its class calls a badge or label
    /// ("label", "badge", "tag", "flag", "pill") set after the headline's own words; else null.
    /// </summary>
    private static IElement? ClosingBadge(IElement h1)
    {
        var last = h1.ChildNodes.LastOrDefault(n => n is IElement || n.TextContent.Trim().Length > 0);
        if (last is not IElement element || element.ClassName is not { Length: > 0 } classes
            || !classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(c => BadgeClasses.Contains(c.Split('-', '_')[0]))
            || HtmlText.Collapse(element.TextContent) is not { Length: > 0 } text || text.Split(' ').Length > 2)
        {
            return null;
        }

        // Only after words of the headline's own: a heading that is nothing but the badge keeps it.
        return HtmlText.Collapse(h1.TextContent).Length > text.Length + 10 ? element : null;
    }

    private static readonly HashSet<string> BadgeClasses = new(StringComparer.OrdinalIgnoreCase) { "label", "badge", "tag", "flag", "pill" };

    private static bool IsPermalink(INode node) =>
        node is IElement { LocalName: "a" } link && link.GetAttribute("href") is { } href && href.StartsWith('#')
        && HtmlText.Collapse(link.TextContent) is { Length: <= 2 } mark && !mark.Any(char.IsLetterOrDigit);
}
