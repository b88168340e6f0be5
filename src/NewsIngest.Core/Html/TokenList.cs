using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// Attributes that hold a list of names separated by spaces: microdata's <c>itemprop</c>
/// (<c>itemprop="description articleBody"</c>, as Blogger writes a post's body) and a link's <c>rel</c>
/// (<c>rel="author external"</c>). A name is looked up as one token of the list rather than as the whole value.
/// </summary>
internal static class TokenList
{
    /// <summary>True when the element's <paramref name="attribute"/> lists <paramref name="name"/> (any case).</summary>
    public static bool Has(IElement element, string attribute, string name)
    {
        if (element.GetAttribute(attribute) is not { } value)
        {
            return false;
        }

        foreach (var range in value.AsSpan().SplitAny(" \t\n\r\f"))
        {
            if (value.AsSpan()[range].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
