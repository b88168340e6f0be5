using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// Text length, link text length and "holds the article's heading or body" for every element, computed in one
/// bottom-up pass so that the pruner's questions cost a lookup instead of a subtree walk each.
/// </summary>
internal sealed class SubtreeFacts
{
    private readonly Dictionary<IElement, (int Text, int Links, bool Marker)> _facts = [];

    public static SubtreeFacts Of(IElement root)
    {
        var facts = new SubtreeFacts();
        facts.Visit(root, inLink: false, depth: 0);
        return facts;
    }

    public int TextLength(IElement element) => _facts.TryGetValue(element, out var f) ? f.Text : 0;

    public int LinkLength(IElement element) => _facts.TryGetValue(element, out var f) ? f.Links : 0;

    /// <summary>True when the element is or contains an h1, article, main or <c>itemprop=articleBody</c>.</summary>
    public bool HasArticleMarker(IElement element) => _facts.TryGetValue(element, out var f) && f.Marker;

    private (int Text, int Links, bool Marker) Visit(IElement element, bool inLink, int depth)
    {
        if (depth > HtmlLimits.MaxDepth)
        {
            return (0, 0, false);
        }

        var text = 0;
        var links = 0;
        var marker = element.LocalName is "h1" or "article" or "main" || element.GetAttribute("itemprop") is "articleBody";
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
                var (ct, cl, cm) = Visit(child, linkHere, depth + 1);
                text += ct;
                links += cl;
                marker |= cm;
            }
        }

        var result = (text, links, marker);
        _facts[element] = result;
        return result;
    }
}
