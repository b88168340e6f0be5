using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsIngest.Evaluation.Corpora.Html;

/// <summary>
/// The visible text of an expected-content HTML fragment, for token scoring. Text nodes are joined with spaces
/// (so "&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;" gives two words, not "ab"); script and style are skipped.
/// </summary>
public static class HtmlText
{
    public static string Of(string html)
    {
        // A parser per call: pages are scored in parallel and HtmlParser does not promise thread safety.
        using var doc = new HtmlParser().ParseDocument(html);
        var parts = new List<string>();
        Collect(doc.Body ?? (INode)doc, parts);
        return string.Join(' ', parts);
    }

    private static void Collect(INode node, List<string> parts)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                parts.Add(text.Data);
            }
            else if (child is IElement { LocalName: not ("script" or "style" or "noscript" or "template") })
            {
                Collect(child, parts);
            }
        }
    }
}
