using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// The person behind a login a page declares or shows as its author ("ann.lee", "dehlix", "Gespeichert von human"), and
/// the writers a page shows in place of a declared author it never shows.
/// </summary>
public static partial class HtmlMetadataExtractor
{
    /// <summary>
    /// The writer's name for a declared login, in the form readers see it; null when the page does not give it.
    /// </summary>
    private static string? WriterBehind(string login, IDocument document, PageIndex page, string? site)
    {
        // "idaholmquist" or "ann_lee" declared, "Ida Holmquist" shown in the byline: the same person's login and
        // name, told apart by nothing but spaces, capitals, accents and punctuation.
        if (VisibleAuthors(document, page, site) is [var shown] && Folded(shown) == Folded(login))
        {
            return shown;
        }

        // "ann.lee" declared, "Ann M. Lee" signing the story: the login spells her given name and surname, and the
        // page's text gives them as she writes them, with the initial the login left out.
        // "dehlix" declared, a link rel="author" reading "Klaus Dehl" in the article: the login of whoever posted the
        // story gives way to the writer the page marks as its author for machines and readers alike. Only a link or
        // an element marked so, not a box merely classed "author": those also hold photo credits.
        return SpelledOut(login, document) ?? MarkedAuthor(page, site);
    }

    /// <summary>
    /// The one person's name (two to four capitalised words) in the first element outside comments, teasers and
    /// figures that is marked rel="author" or itemprop="author".
    /// </summary>
    private static string? MarkedAuthor(PageIndex page, string? site)
    {
        foreach (var element in page.Bylines)
        {
            if ((!TokenList.Has(element, "rel", "author") && !TokenList.Has(element, "itemprop", "author"))
                || PageRegions.InComments(element) || InTeaser(element) || element.Closest("figure, figcaption") is not null)
            {
                continue;
            }

            return BylineNames(element, site) is [var name] && name.Split(' ') is { Length: >= 2 and <= 4 } words && words.All(w => char.IsUpper(w[0]))
                ? name
                : null;
        }

        return null;
    }

    /// <summary>
    /// The name a login of a given name and a surname joined by a dot, dash or underscore ("ann.lee") stands for,
    /// written out in the page's text with capitals and perhaps a middle name or initial ("Ann M. Lee").
    /// </summary>
    private static string? SpelledOut(string login, IDocument document)
    {
        if (login.Split('.', '_', '-') is not [var given, var surname] || given.Length < 2 || surname.Length < 2
            || !given.All(char.IsLetter) || !surname.All(char.IsLetter) || document.Body is not { } body)
        {
            return null;
        }

        var pattern = $@"(?<![\p{{L}}])(?-i:\p{{Lu}}){given[1..]}(?:\s+\p{{Lu}}[\p{{L}}]*\.?){{0,2}}\s+(?-i:\p{{Lu}}){surname[1..]}(?![\p{{L}}])";
        Match match;
        try
        {
            match = Regex.Match(body.TextContent, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (RegexMatchTimeoutException)
        {
            // A page so large the search runs out of time keeps its declared login rather than losing its record.
            return null;
        }

        return match.Success && char.ToLowerInvariant(match.Value[0]) == given[0] && char.ToLowerInvariant(match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1][0]) == surname[0]
            ? HtmlText.Collapse(match.Value)
            : null;
    }

    /// <summary>
    /// "Gespeichert von human" in a blog's header, "Blog Beitrag von Margarita Koreneva" opening the post: a login the
    /// byline shows gives way to a person the page's text credits with the story, as a declared login does. Only a
    /// credit in the same post as the login counts: on a blog's front page, the next post's byline is another story's.
    /// </summary>
    private static string? PersonOverLogin(string shown, IDocument document, PageIndex page, string? site)
    {
        if (!IsLogin(shown) || document.Body is not { } body)
        {
            return null;
        }

        var login = body.Descendants<IText>().FirstOrDefault(t => t.Data.Length < shown.Length + 40 && HtmlText.Collapse(t.Data) == shown);
        return login?.ParentElement?.Closest("article, [role='article'], .hentry, .post, .node") is { } post
            && Usable(TextBylines.Find(document, page.FirstH1, peopleOnly: true, within: post), site) is [var person]
            ? person
            : null;
    }

    /// <summary>A login rather than a name: one word in lower case, often joined by a dot, dash or underscore ("ann.lee", "annlee").</summary>
    private static bool IsLogin(string name) =>
        name.Length >= 5 && !name.Contains(' ', StringComparison.Ordinal) && !name.Any(char.IsUpper);

    private static string Folded(string text) => AuthorNames.Folded(text);

    /// <summary>
    /// "Marcin Wojtczuk" declared by a blog's template, "Posted by Ned Deily" under the post: a declared author the page
    /// shows its readers nowhere (the account that uploaded the story, the template's owner) gives way to the full
    /// names the page's byline shows, unless the two share a name. Null when the declared authors stand. Only a declared
    /// full name is judged so: a login is seldom printed as it is spelled, so its absence says nothing (a login gives way
    /// only to the same person's name, <see cref="WriterBehind"/>).
    /// </summary>
    private static List<string>? WritersShownInstead(List<string> declared, IDocument document, PageIndex page, string? site) =>
        declared.All(AuthorNames.FullName) && !declared.Any(d => ShownOnPage(document, d))
        && VisibleAuthors(document, page, site) is { Count: > 0 } shown && shown.All(AuthorNames.FullName)
        && !shown.Any(n => declared.Any(d => d.Contains(n, StringComparison.OrdinalIgnoreCase) || n.Contains(d, StringComparison.OrdinalIgnoreCase)))
            ? shown
            : null;

    /// <summary>Whether the name stands in the page's visible text: not in a script, a style sheet or a hidden element.</summary>
    private static bool ShownOnPage(IDocument document, string name)
    {
        foreach (var text in document.Body?.Descendants<IText>() ?? [])
        {
            if (text.Data.Contains(name, StringComparison.OrdinalIgnoreCase) && text.ParentElement is { } parent
                && parent.Closest("script, style, noscript, template") is null && !Hidden(parent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element or one of its ancestors is hidden from readers.</summary>
    private static bool Hidden(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (PageRegions.IsHidden(e))
            {
                return true;
            }
        }

        return false;
    }
}
