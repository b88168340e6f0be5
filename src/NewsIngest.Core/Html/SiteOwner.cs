using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// The person a one-person site belongs to, read when nothing else on the page names a writer: the site is named
/// after her ("Ann Lee", "Dr. Ann Lee"), its tagline is her name, or the page's only personal copyright is hers
/// ("© 2020 Ann Lee"). She wrote what her site publishes. A name counts as a person's only when it opens with a common
/// given name: a site or a copyright holder is as often a brand of two capitalised words ("Royal Road", "Getty Images").
/// </summary>
internal static partial class SiteOwner
{
    private const int MaxTexts = 20000;
    private const int MaxLineChars = 160;

    public static IReadOnlyList<string> Find(IDocument document, string? site)
    {
        if (site is not null && Owner(HtmlText.Collapse(site)) is { } named)
        {
            return [named];
        }

        // A blog whose tagline, under its title, is her name ("Sprachpunkt" over "Ann Lee").
        if (document.QuerySelector(".site-description, .tagline, .site-tagline") is { } tagline && tagline.TextContent.Length < 100
            && Owner(HtmlText.Collapse(tagline.TextContent)) is { } tagged)
        {
            return [tagged];
        }

        // Photographers' copyrights sit in captions and galleries; a page with two people's copyrights names no owner.
        string? holder = null;
        var seen = 0;
        foreach (var text in document.Body?.Descendants<IText>() ?? [])
        {
            if (++seen > MaxTexts)
            {
                break;
            }

            if (!Marked(text.Data) || text.ParentElement is not { } parent
                || parent.Closest("script, style, figure, figcaption, picture, a") is not null || PageRegions.InComments(parent)
                || ClassPatterns.Signature(parent).Contains("caption", StringComparison.Ordinal))
            {
                continue;
            }

            // "© 2020 <a>Ann Lee</a>": the line is the text of the element around the mark, when it is short.
            var line = HtmlText.Collapse(parent.TextContent);
            if (line.Length > MaxLineChars)
            {
                line = HtmlText.Collapse(text.Data);
            }

            foreach (Match copyright in Copyright().Matches(line))
            {
                // "© Ann Lee / Agentur": a picture's credit, the photographer before the agency.
                if (line.AsSpan(copyright.Index + copyright.Length).TrimStart().StartsWith("/") || Owner(copyright.Groups["name"].Value.Trim()) is not { } person)
                {
                    continue;
                }

                if (holder is not null && !string.Equals(holder, person, StringComparison.OrdinalIgnoreCase))
                {
                    return [];
                }

                holder = person;
            }
        }

        return holder is null ? [] : [holder];
    }

    private static bool Marked(string text) =>
        text.Contains('©', StringComparison.Ordinal) || text.Contains("(c)", StringComparison.OrdinalIgnoreCase) || text.Contains("copyright", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The person the name is, without academic titles: shaped as a name, opening with a given name and not closing
    /// with an initial ("Thomas W."), with no word of a brand or an institution in it.
    /// </summary>
    private static string? Owner(string name)
    {
        var person = AuthorNames.WithoutHonorific(name);
        var words = person.Split(' ');
        return AuthorNames.OneName(person) && GivenNames.Contains(words[0].Split('-')[0]) && words[^1].TrimEnd('.').Length > 1 && !BrandWord().IsMatch(person) ? person : null;
    }

    /// <summary>"© 2020 Ann Lee", "(c) Ann Lee • Impressum", "Copyright (c) 2012- Ann Lee. All rights reserved."</summary>
    [GeneratedRegex(@"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?(?:by\s+)?(?<name>[^.,;:|•·©\d()/]{4,60}?)\s*(?=$|[.,;|•·/]|all rights|alle rechte|weitere rechte|tous droits)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    /// <summary>Words of a brand's or an outlet's name, never of a person's: "Harry Potter Wiki", "Anna Lee Design", and an institution named after a person ("Siegfried Marcus Berufsschule": German compounds end with the word).</summary>
    [GeneratedRegex(@"\b(?:wiki|news|blog|magazine|times|post|online|media|medien|foundation|forum|shop|store|club|team|group|institute|journal|daily|weekly|radio|tv|network|press|presse|studio|design|photography|fotografie|consulting|agency|kitchen|recipes|rezepte|travel|reisen|games|official|company|collection|hotel|restaurant|school|university|college|academy|clinic)\b|(?:schule|gymnasium|universität|akademie|klinik|verband|verein|stiftung|zeitung|verlag|magazin|institut|gruppe|agentur)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BrandWord();
}
