using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// Text length, link text length and "holds the article's heading or body" of elements, each subtree walked once
/// and remembered with all the subtrees inside it, so that the pruner's questions cost a lookup instead of a walk.
/// Only the subtrees the pruner asks about are walked: most of a page (the article's own paragraphs) never is.
/// </summary>
internal sealed class SubtreeFacts
{
    private readonly Dictionary<IElement, (int Text, int Links, bool Marker, int Bodies)> _facts = [];

    /// <summary>Less text than this in an <c>articleBody</c> (a teaser's empty shell) does not mark it as the article.</summary>
    private const int MinBodyChars = 80;

    public int TextLength(IElement element) => Get(element).Text;

    public int LinkLength(IElement element) => Get(element).Links;

    /// <summary>True when the element is or contains an h1, article, main or <c>itemprop=articleBody</c>.</summary>
    public bool HasArticleMarker(IElement element) => Get(element).Marker;

    /// <summary>How many elements marked <c>itemprop=articleBody</c> that hold text the element is or contains.</summary>
    public int ArticleBodies(IElement element) => Get(element).Bodies;

    private (int Text, int Links, bool Marker, int Bodies) Get(IElement element)
    {
        if (_facts.TryGetValue(element, out var f))
        {
            return f;
        }

        // Text inside a link is link text however deep the element sits below the <a>.
        var inLink = false;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "a")
            {
                inLink = true;
                break;
            }
        }

        return Visit(element, inLink, depth: 0);
    }

    private (int Text, int Links, bool Marker, int Bodies) Visit(IElement element, bool inLink, int depth)
    {
        if (depth > HtmlLimits.MaxDepth)
        {
            return (0, 0, false, 0);
        }

        var text = 0;
        var links = 0;
        var isBody = TokenList.Has(element, "itemprop", "articleBody");
        var marker = element.LocalName is "h1" or "article" or "main" || isBody;
        var bodies = 0;
        var linkHere = inLink || element.LocalName == "a";
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t)
            {
                text += t.Data.Length;
                if (linkHere)
                {
                    links += t.Data.Length;
                }
            }
            else if (node is IElement child)
            {
                var (ct, cl, cm, cb) = _facts.TryGetValue(child, out var known) ? known : Visit(child, linkHere, depth + 1);
                text += ct;
                links += cl;
                marker |= cm;
                bodies += cb;
            }
        }

        var result = (text, links, marker, bodies + (isBody && text - links >= MinBodyChars ? 1 : 0));
        _facts[element] = result;
        return result;
    }
}
