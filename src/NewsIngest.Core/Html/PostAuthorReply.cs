using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// The post's author answering in its comments. Blog software classes a comment "bypostauthor" when the account that
/// wrote it is the post's author, so the name that comment shows is the writer's, on pages that name the writer
/// nowhere else (a personal blog whose template prints no byline). Read only as a last resort.
/// </summary>
internal static class PostAuthorReply
{
    /// <summary>How many elements of the comment are looked at: its header comes before its text.</summary>
    private const int MaxElements = 80;

    /// <summary>Longer than this, an element's text is the comment, not the name over it.</summary>
    private const int MaxNameChars = 60;

    public static IReadOnlyList<string> Find(PageIndex page)
    {
        if (page.PostAuthorComment is not { } comment)
        {
            return [];
        }

        var seen = 0;
        var pending = new Stack<IElement>(comment.Children.Reverse());
        while (pending.TryPop(out var element) && ++seen <= MaxElements)
        {
            // A reply nested under it (in a list classed "children", or a list item or article classed "comment") is
            // another comment, perhaps another person's.
            if (element.ClassList.Contains("children") || (element.LocalName is "li" or "article" && element.ClassList.Contains("comment")))
            {
                continue;
            }

            if (NamesAuthor(element) && NameIn(element) is { } names)
            {
                return names;
            }

            foreach (var child in element.Children.Reverse())
            {
                pending.Push(child);
            }
        }

        return [];
    }

    /// <summary>An element classed for the comment's author: "comment-author", "comment_author", "author", "fn".</summary>
    private static bool NamesAuthor(IElement element) =>
        element.ClassList.Any(c => c == "fn" || (c.Contains("author", StringComparison.OrdinalIgnoreCase) && !c.Contains("avatar", StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The one name the author element shows, or null when it shows none (an empty box before the name's own). Where it
    /// holds a name element (a "fn", a <c>cite</c>, a link to the commenter's site) that alone is read: the words beside
    /// it ("said, on 3 May", "sagt:") are no part of the name. A permalink to the comment ("#comment-12") is no name.
    /// </summary>
    private static IReadOnlyList<string>? NameIn(IElement element)
    {
        var inner = element.QuerySelector(".fn") ?? element.QuerySelector("cite")
            ?? element.QuerySelectorAll("a[href]").FirstOrDefault(a => a.GetAttribute("href") is { } href && !href.StartsWith('#') && !href.Contains("#comment", StringComparison.OrdinalIgnoreCase));
        var text = HtmlText.Collapse((inner ?? element).TextContent);
        if (text.Length == 0)
        {
            return null;
        }

        return text.Length <= MaxNameChars && AuthorNames.Split(text, userNames: true) is [_] name ? name : [];
    }
}
