using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// Names a page writes out where its byline gives less or nothing: the full name behind a byline's initials, the user
/// name of twitter:creator linked to its profile, and a name beside a link to the author's other pieces.
/// </summary>
public static partial class HtmlMetadataExtractor
{
    /// <summary>
    /// "DT" in the byline, linked to "/author/donaldtownsend/", and "Donald Townsend" elsewhere on the page (its licence
    /// line, its About box): the initials stand for the name their author page spells. Null unless the page writes
    /// that name out, with those initials.
    /// </summary>
    private static string? InitialsSpelledOut(string initials, IDocument document, PageIndex page)
    {
        if (initials.Length is < 2 or > 3 || !initials.All(char.IsUpper) || document.Body is not { } body
            || page.AuthorLinks.FirstOrDefault(a => HtmlText.Collapse(a.TextContent) == initials) is not { } link
            || link.GetAttribute("href")?.TrimEnd('/').Split('/')[^1] is not { Length: > 4 } slug)
        {
            return null;
        }

        var spelled = Folded(slug);
        try
        {
            foreach (Match match in Regex.Matches(body.TextContent, @"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)))
            {
                var words = match.Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (Folded(match.Value) == spelled && string.Concat(words.Select(w => w[0])) == initials)
                {
                    return string.Join(' ', words);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A page so large the search runs out of time keeps the initials its byline gives.
        }

        return null;
    }

    /// <summary>
    /// The user name of twitter:creator ("delta201") where the page shows it as the whole text of a link to that user's
    /// profile or author page ("by &lt;a href='/profile/142450'&gt;delta201&lt;/a&gt;"): the site vouches for it as the
    /// story's writer. A handle the page never links so is only an account, and says nothing; nor does the outlet's.
    /// </summary>
    private static string? CreatorShown(MetaTags meta, IDocument document)
    {
        // The outlet's own account ("@telebasel" as creator and site alike) is no writer's.
        if (meta.First("twitter:creator")?.Trim().TrimStart('@') is not { Length: >= 3 } creator || creator.Contains(' ', StringComparison.Ordinal) || document.Body is not { } body
            || string.Equals(meta.First("twitter:site")?.Trim().TrimStart('@'), creator, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            if (string.Equals(HtmlText.Collapse(link.TextContent).TrimStart('@'), creator, StringComparison.OrdinalIgnoreCase) && IsAuthorPage(link.GetAttribute("href")!)
                && link.Closest("nav, footer, form") is null && !PageRegions.InComments(link))
            {
                return HtmlText.Collapse(link.TextContent).TrimStart('@');
            }
        }

        return null;
    }

    /// <summary>
    /// "Iris Lange-Fricke" beside a link "zu allen Rezepten vom Autor" to "/experten/iris-lange-fricke": a name set just
    /// before a link to the author's other pieces, whose address spells that name, is the author's, whatever the box's
    /// classes call it.
    /// </summary>
    private static string? NamedBesideAuthorLink(IDocument document)
    {
        foreach (var link in document.Body?.QuerySelectorAll("a[href]") ?? Enumerable.Empty<IElement>())
        {
            if (link.TextContent.Length > 80 || !AuthorWord().IsMatch(link.TextContent) || link.PreviousElementSibling is not { } before
                || link.GetAttribute("href")!.TrimEnd('/').Split('/')[^1] is not { Length: > 4 } slug)
            {
                continue;
            }

            var name = HtmlText.Collapse(before.TextContent);
            if (AuthorNames.OneName(name) && Folded(name) == Folded(slug) && link.Closest("nav, footer, form") is null && !PageRegions.InComments(link))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A link's words about the author: "vom Autor", "by this author", "de l'auteur".</summary>
    [GeneratedRegex(@"\b(?:autor(?:in|s)?|author|auteur(?:e)?|autore)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorWord();
}
