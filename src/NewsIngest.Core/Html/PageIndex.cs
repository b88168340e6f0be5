using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// The elements metadata extraction asks about, gathered in one walk over the page: each CSS query over the whole
/// document is a walk of its own, and the common path used to make seven of them.
/// </summary>
internal sealed partial class PageIndex
{
    private const int MaxBylines = 40;
    private const int MaxHeadings = 24;
    private const int MaxAuthorLinks = 20;

    public List<IElement> Metas { get; } = [];

    public List<IElement> JsonLdScripts { get; } = [];

    /// <summary>Scripts written in the page (no <c>src</c>) that are not JSON-LD: state objects, data layers, settings.</summary>
    public List<IElement> InlineScripts { get; } = [];

    public string? CanonicalHref { get; private set; }

    /// <summary>The first <c>h1</c> in document order.</summary>
    public IElement? FirstH1 { get; private set; }

    /// <summary>How many h1 elements the page holds, wherever they sit.</summary>
    public int H1Count { get; private set; }

    /// <summary>The first few <c>h1</c> and <c>h2</c> elements in document order: where the visible headline is looked for.</summary>
    public List<IElement> Headings { get; } = [];

    public List<IElement> Times { get; } = [];

    /// <summary>Elements with <c>itemprop</c> datePublished, dateCreated or dateModified (lower-cased key), in order.</summary>
    public Dictionary<string, List<IElement>> DateItemprops { get; } = new(StringComparer.Ordinal);

    /// <summary>Elements that look like a byline (rel or itemprop author, class or id naming the author), the first few.</summary>
    public List<IElement> Bylines { get; } = [];

    /// <summary>Links to an author's page ("/author/ann-lee/", "/autoren/mia-roth"), the first few in document order.</summary>
    public List<IElement> AuthorLinks { get; } = [];

    /// <summary>The first comment the page marks as written by the post's own author (class "bypostauthor").</summary>
    public IElement? PostAuthorComment { get; private set; }

    public static PageIndex Of(IDocument document)
    {
        var index = new PageIndex();
        if (document.DocumentElement is not { } root)
        {
            return index;
        }

        // Document order without recursion: a pathologically deep page cannot overflow the stack, and no element is
        // skipped for being deep (the CSS queries this replaces had no depth limit either).
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.TryPop(out var element))
        {
            index.Note(element);
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    pending.Push(child);
                }
            }
        }

        return index;
    }

    public IEnumerable<IElement> Itemprop(string lowerName) => DateItemprops.TryGetValue(lowerName, out var list) ? list : [];

    private void Note(IElement element)
    {
        switch (element.LocalName)
        {
            case "meta":
                Metas.Add(element);
                return;
            case "script":
                if (string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    JsonLdScripts.Add(element);
                }
                else if (!element.HasAttribute("src"))
                {
                    InlineScripts.Add(element);
                }

                return;
            case "link":
                if (CanonicalHref is null && string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                {
                    CanonicalHref = element.GetAttribute("href");
                }

                return;
            case "h1":
                FirstH1 ??= element;
                H1Count++;
                AddHeading(element);
                break;
            case "h2":
                AddHeading(element);
                break;
            case "time":
                Times.Add(element);
                break;
            case "a":
                if (AuthorLinks.Count < MaxAuthorLinks && element.GetAttribute("href") is { Length: > 8 } href && AuthorPath().IsMatch(href))
                {
                    AuthorLinks.Add(element);
                }

                break;
        }

        if (element.HasAttribute("itemprop"))
        {
            // One element may carry several ("datePublished dateCreated"): it is indexed under each.
            foreach (var name in (ReadOnlySpan<string>)["datePublished", "dateCreated", "dateModified"])
            {
                if (TokenList.Has(element, "itemprop", name))
                {
                    var key = name.ToLowerInvariant();
                    if (!DateItemprops.TryGetValue(key, out var list))
                    {
                        DateItemprops[key] = list = [];
                    }

                    list.Add(element);
                }
            }
        }

        if (PostAuthorComment is null && element.GetAttribute("class") is { } classes && classes.Contains("bypostauthor", StringComparison.Ordinal)
            && element.ClassList.Contains("bypostauthor"))
        {
            PostAuthorComment = element;
        }

        if (Bylines.Count < MaxBylines && IsByline(element))
        {
            Bylines.Add(element);
        }
    }

    private void AddHeading(IElement element)
    {
        if (Headings.Count < MaxHeadings)
        {
            Headings.Add(element);
        }
    }

    /// <summary>Whether the element's class names an author or a byline ("author-box", "autor", "byline").</summary>
    internal static bool NamesAuthor(IElement element) => element.GetAttribute("class") is { } className && NamesAuthor(className);

    private static bool NamesAuthor(string className) =>
        className.Contains("byline", StringComparison.OrdinalIgnoreCase) || className.Contains("author", StringComparison.OrdinalIgnoreCase)
        || className.Contains("autor", StringComparison.OrdinalIgnoreCase) || className.Contains("auteur", StringComparison.OrdinalIgnoreCase);

    private static bool IsByline(IElement element)
    {
        if (TokenList.Has(element, "rel", "author") || TokenList.Has(element, "itemprop", "author"))
        {
            return true;
        }

        var className = element.GetAttribute("class");
        if (className is not null && NamesAuthor(className))
        {
            // A whole post, classed by blog software with its terms ("post type-post status-publish autor-ann-lee"): a
            // card linking another story, or the article itself, never the byline inside it.
            return !IsPost(className);
        }

        return element.GetAttribute("id")?.Contains("byline", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>The class of a post as blog software writes it: "type-post", "status-publish" or "hentry" among its terms.</summary>
    private static bool IsPost(string className)
    {
        foreach (var token in className.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token is "type-post" or "status-publish" or "hentry")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A path segment that names a site's author pages, followed by the author's own segment.</summary>
    [GeneratedRegex(@"/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|redakteur(?:in)?|journalists?|writers?)/[^/?#\s]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPath();
}
