using System.Text;
using AngleSharp.Dom;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Html;

/// <summary>
/// Marks page furniture to be left out before scoring: scripts and styles, hidden elements, navigation, headers
/// and footers, asides, forms' controls, captions, and elements whose class or id names comments, related links,
/// share bars, cookie banners, bylines or ads. An element that holds the article itself (its heading, an
/// <c>article</c>, <c>main</c> or <c>articleBody</c>) is never cut, whatever its class says.
/// </summary>
internal static class BoilerplatePruner
{
    private const int MaxRecorded = 24;
    private const int MaxRecordedChars = 160;
    private const int MaxBylineChars = 200;

    private static readonly HashSet<string> AlwaysDropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio",
        "button", "input", "select", "textarea", "option", "link", "meta", "map", "dialog", "picture", "img", "source",
    };

    private static readonly Dictionary<string, string> FurnitureTags = new(StringComparer.Ordinal)
    {
        ["nav"] = BoilerplateReasons.Navigation,
        ["aside"] = BoilerplateReasons.RelatedHeadlines,
        ["footer"] = BoilerplateReasons.Navigation,
        ["header"] = BoilerplateReasons.Navigation,
        ["menu"] = BoilerplateReasons.Navigation,
        ["figcaption"] = BoilerplateReasons.PhotoCaption,
    };

    /// <summary>
    /// Marks the furniture under <paramref name="root"/> as dropped (the tree is not changed: removing nodes from an
    /// AngleSharp document costs more than parsing it) and returns what was dropped that is worth telling.
    /// </summary>
    /// <param name="root">The element to prune.</param>
    /// <param name="dropped">Receives the dropped elements; their subtrees are dropped with them.</param>
    /// <param name="byClass">False to trust only tags and hidden-ness, not class and id words (the second, gentler pass).</param>
    public static List<BoilerplateRemoval> Prune(IElement root, HashSet<IElement> dropped, bool byClass = true)
    {
        var removed = new List<BoilerplateRemoval>();
        new Pass(root, new SubtreeFacts(), removed, dropped, byClass).Visit(root, insideArticle: false, depth: 0);
        return removed;
    }

    /// <summary>One pruning walk over a tree, with its precomputed subtree facts.</summary>
    private sealed class Pass(IElement root, SubtreeFacts facts, List<BoilerplateRemoval> removed, HashSet<IElement> dropped, bool useClass)
    {
        // Class names repeat across a page ("story-item" a hundred times): the regexes run once per distinct signature.
        private readonly Dictionary<string, (string? Reason, bool NamesContent)> _verdicts = new(StringComparer.Ordinal);

        public void Visit(IElement element, bool insideArticle, int depth)
        {
            if (depth > HtmlLimits.MaxDepth)
            {
                return;
            }

            foreach (var child in element.Children)
            {
                var reason = ReasonToDrop(child, insideArticle);
                if (reason is not null)
                {
                    Record(child, reason, removed);
                    dropped.Add(child);
                    continue;
                }

                Visit(child, insideArticle || child.LocalName is "article" || TokenList.Has(child, "itemprop", "articleBody"), depth + 1);
            }
        }

        private string? ReasonToDrop(IElement element, bool insideArticle)
        {
            var tag = element.LocalName;
            if (AlwaysDropped.Contains(tag))
            {
                return string.Empty;
            }

            if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true" || IsHiddenByStyle(element.GetAttribute("style")))
            {
                return string.Empty;
            }

            if (FurnitureTags.TryGetValue(tag, out var byTag))
            {
                // A header inside the article is its headline block, a footer there its notes: gone either way,
                // but a <header> that wraps the whole page (some templates do) must stay.
                // A page-top <header> that is long, link-poor prose is an introduction, not a masthead.
                return HoldsArticle(element) || (tag == "header" && LooksLikeContent(element, 1000)) ? null : byTag;
            }

            if (!useClass)
            {
                return null;
            }

            var signature = ClassPatterns.Signature(element);
            if (!_verdicts.TryGetValue(signature, out var verdict))
            {
                verdict = (ClassPatterns.BoilerplateReason(signature), ClassPatterns.NamesContent(signature));
                _verdicts[signature] = verdict;
            }

            var byClass = verdict.Reason;

            // A paragraph is kept whatever its class, except the short <p class="byline">: it is the byline, not prose.
            if (tag == "p" && byClass is BoilerplateReasons.Byline && facts.TextLength(element) < MaxBylineChars)
            {
                return byClass;
            }

            if (byClass is null || tag is "body" or "html" or "article" or "main" or "p" || HoldsArticle(element))
            {
                return null;
            }

            // Comments and consent banners go whatever their size; for the other words a class is weaker evidence
            // than the text itself: a "post-widget" or "has-sidebar" that holds long, link-poor text is the article's wrapper.
            if (byClass is BoilerplateReasons.Comments or BoilerplateReasons.CookieNotice)
            {
                return byClass;
            }

            // Share bars are short and all links; a long, link-poor "sharing-..." element is a section about sharing.
            if (byClass is BoilerplateReasons.SharePrompt)
            {
                return LooksLikeContent(element, 800) ? null : byClass;
            }

            // "read-more" and "more-stories" also name the expander that holds the rest of the article: related lists
            // are link-heavy, so only a long, link-poor one is kept.
            if (byClass is BoilerplateReasons.RelatedHeadlines)
            {
                return LooksLikeContent(element, 1500) || verdict.NamesContent ? null : byClass;
            }

            // A class word such as "widget" or "tags" is weak evidence next to the page's own mark of its body; a
            // box named as related stories or comments is what it says even around a marked teaser.
            if (verdict.NamesContent || (byClass is BoilerplateReasons.Navigation && HoldsTheMarkedBody(element)))
            {
                return null;
            }

            return LooksLikeContent(element, insideArticle ? 400 : 800) ? null : byClass;
        }

        private bool LooksLikeContent(IElement element, int minChars)
        {
            var text = facts.TextLength(element);
            return text >= minChars && facts.LinkLength(element) < text * 0.3;
        }

        private bool HoldsArticle(IElement element) => facts.HasArticleMarker(element) && facts.TextLength(element) > 1500;

        // A short post is still the article when it holds the one body the page marks (itemprop=articleBody): Blogger
        // wraps every post in a "widget Blog", which would otherwise go as navigation whenever the post is short. A
        // page that marks several (its teasers too) says nothing about which one is the article.
        private bool HoldsTheMarkedBody(IElement element) => facts.ArticleBodies(element) == 1 && facts.ArticleBodies(root) == 1;
    }

    private static bool IsHiddenByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var s = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static void Record(IElement element, string reason, List<BoilerplateRemoval> removed)
    {
        if (reason.Length == 0 || removed.Count >= MaxRecorded)
        {
            return;
        }

        // Text nodes joined with spaces: TextContent would glue "News" and "Sport" of a menu into "NewsSport". Only the
        // opening characters are kept, so the walk stops there instead of joining a whole footer or comment thread.
        var raw = new StringBuilder();
        var more = AppendTexts(element, raw, depth: 0);
        var text = HtmlText.Collapse(raw.ToString());
        if (text.Length < 20)
        {
            return;
        }

        var cut = more || text.Length > MaxRecordedChars;
        removed.Add(new BoilerplateRemoval(cut ? text[..Math.Min(MaxRecordedChars, text.Length)].TrimEnd() + "…" : text, reason));
    }

    /// <summary>Appends the text nodes below <paramref name="element"/>, spaced, until past the recorded length; true when some were left out.</summary>
    private static bool AppendTexts(INode element, StringBuilder into, int depth)
    {
        if (depth > HtmlLimits.MaxDepth)
        {
            return false;
        }

        foreach (var node in element.ChildNodes)
        {
            if (into.Length > 2 * MaxRecordedChars)
            {
                return true;
            }

            if (node is IText t)
            {
                into.Append(t.Data).Append(' ');
            }
            else if (node is IElement && AppendTexts(node, into, depth + 1))
            {
                return true;
            }
        }

        return false;
    }
}
