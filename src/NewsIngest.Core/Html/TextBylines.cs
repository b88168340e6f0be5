using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Html;

/// <summary>
/// Bylines the markup does not label: a short element of the page whose whole text is "By Ann Lee", "von Mia Roth",
/// "Text: Ben Ott", "Par Léa Morel", "Geschrieben von Jonas Albrecht am 3. Mai". The last source for authors: only
/// the first such element in page order counts, and never one in a comment, a sidebar, a teaser or a form.
/// </summary>
internal static partial class TextBylines
{
    private const int MaxElements = 15000;
    private const int MaxChars = 90;
    private const int MaxNameWords = 4;

    private static readonly SearchValues<char> Quotes = SearchValues.Create("«»“”„\"");

    /// <summary>Lower-case words a name may hold ("Ursula von der Leyen", "Rafael de la Torre").</summary>
    internal static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "zu", "ten", "ter", "bin", "al", "el", "y",
    };

    /// <param name="document">The page.</param>
    /// <param name="headline">The page's h1, which a byline may share a box with.</param>
    /// <param name="peopleOnly">Pass over bylines that give a user name rather than a person's ("Gespeichert von human").</param>
    /// <param name="within">Only bylines inside this element (one post of several), or anywhere when null.</param>
    public static IReadOnlyList<string> Find(IDocument document, IElement? headline, bool peopleOnly = false, IElement? within = null)
    {
        var seen = 0;
        foreach (var element in within?.Descendants<IElement>() ?? document.Body?.Descendants<IElement>() ?? [])
        {
            if (++seen > MaxElements)
            {
                break;
            }

            // Only small, shallow elements: their text is cheap to gather, and a byline is one.
            if (element.LocalName is "script" or "style" or "option" or "select" or "button" or "a" or "title" or "textarea" or "h1" or "h2"
                || !Shallow(element))
            {
                continue;
            }

            // Most such elements are paragraphs far longer than a byline: their text is given up once it is longer.
            if (ShortText(element, out var lineEnd) is not { } joined)
            {
                continue;
            }

            // "– Redaktion: Ann Lee" after a date in the same line: the dash that set it apart is no part of it.
            var text = HtmlText.Collapse(joined).TrimStart('-', '–', '—', '|', ' ');

            // "Von Ann Lee und Bo Chen<br>Kiel": a byline that fills the first line of its paragraph ends with it; the
            // place or the line after it is no part of the names.
            if (lineEnd > 0 && HtmlText.Collapse(joined[..lineEnd]).TrimStart('-', '–', '—', '|', ' ') is { Length: > 0 } line && line.Length < text.Length && Lead().IsMatch(line))
            {
                text = line;
            }

            // "<h5>Autor:</h5> Ann Lee" and "<b>Text:</b> Ann Lee": the label is an element, the name what follows it.
            // "<span class='sr-only'>By</span> <span>Ann Lee</span>": a bare "By" set apart in an element of its own is a
            // label too, when screen readers alone get it or no words run into it ("Photo <i>by</i> Ann Lee" is a credit).
            var labelled = text.Length < 16 && (LabelOnly().IsMatch(text) || (BareLabel().IsMatch(text) && (PageRegions.IsHidden(element) || !AfterWords(element))));
            if (labelled)
            {
                text = text + " " + FollowingText(element);
            }

            // A headline ("Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»") is no byline, nor is a quotation.
            if (text.Length is < 6 or > MaxChars || text.AsSpan().IndexOfAny(Quotes) >= 0)
            {
                continue;
            }

            // A headline classed as one ("thumb-title"), and "Von Hexen, Henkern und Vampiren" as the whole text of a
            // link to another page, are headlines.
            if (!labelled && HoldsTitle(element, text.Length - 2))
            {
                continue;
            }

            if (element.QuerySelectorAll("a[href]").Any(a => !HtmlMetadataExtractor.IsAuthorPage(a.GetAttribute("href")!)
                    && HtmlText.Collapse(a.TextContent).Length >= text.Length - 2))
            {
                continue;
            }

            // "17.03.2021 09:40 von Ann Lee": the date and time the byline opens with are no part of it.
            if (!labelled && DateBeforeLead().Match(text) is { Success: true, Length: > 0 } opening)
            {
                text = text[opening.Length..];
            }

            if (Lead().Match(text) is not { Success: true } lead)
            {
                // "11.12.2019 - Ann Lee" under the headline: a date and a name set side by side, with no label.
                // The name is no outlet's: not the site name the document title ends with ("… - Handball Club").
                // A link in the line ("3. Mai 2021 - <a>Handel</a> Nordblatt") is a section or tag, no part of a name.
                if (DatedName(text) is { } dated && BesideHeadline(element, headline, levels: 3) && !EndsWithName(document.Title, dated)
                    && !element.QuerySelectorAll("a[href]").Any(a => !HtmlMetadataExtractor.IsAuthorPage(a.GetAttribute("href")!))
                    && element.Closest("nav, form") is null && !PageRegions.InComments(element))
                {
                    return [dated];
                }

                continue;
            }

            // The names end where a date or "am"/"at" begins; what is left must be a few words, not a sentence.
            // "by <a href='/profile/142'>delta201</a>": a name linked to the writer's page on the site is vouched for
            // by the site, a user name with digits or in lower case as well.
            var linked = element.QuerySelectorAll("a[href]").Any(a => HtmlMetadataExtractor.IsAuthorPage(a.GetAttribute("href")!));
            var names = AuthorNames.Split(text, userNames: linked);
            if (names.Count == 0 || names.Any(n => n.Split(' ').Length > MaxNameWords || !Plausible(n, linked ? "link" : lead.Groups["word"].Value))
                || (DateContext.IsElsewhere(element) && !BesideHeadline(element, headline)) || element.Closest("nav, form, header nav") is not null || PageRegions.InComments(element)
                || HtmlMetadataExtractor.InTeaser(element) || (peopleOnly && !names.All(AuthorNames.PersonShaped)))
            {
                continue;
            }

            return names;
        }

        return [];
    }

    /// <summary>At most three child elements, each with at most two of its own (counted without building collections).</summary>
    private static bool Shallow(IElement element)
    {
        var children = element.ChildNodes;
        var count = 0;
        for (var i = 0; i < children.Length; i++)
        {
            // A line break is no element with text of its own: "Von Ann Lee<br>Kiel" holds one.
            if (children[i] is IElement { LocalName: not "br" } child && (++count > 3 || CountsMore(child, 2)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the element has more than <paramref name="limit"/> child elements, stopping once it has.</summary>
    private static bool CountsMore(IElement element, int limit)
    {
        var nodes = element.ChildNodes;
        var count = 0;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is IElement && ++count > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The element's text nodes in document order joined by spaces (words in adjacent elements stay apart), or null as
    /// soon as the characters that survive collapsing and the leading-dash trim exceed <see cref="MaxChars"/>: a long
    /// paragraph is given up without being joined.
    /// </summary>
    /// <param name="element">The element.</param>
    /// <param name="lineEnd">Where the first line break with text before it falls in the joined text, or -1.</param>
    private static string? ShortText(IElement element, out int lineEnd)
    {
        var builder = new StringBuilder();
        var count = 0;
        lineEnd = -1;
        return Join(element, builder, ref count, ref lineEnd) ? builder.ToString() : null;
    }

    private static bool Join(INode parent, StringBuilder builder, ref int count, ref int lineEnd)
    {
        var nodes = parent.ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is IText text)
            {
                foreach (var c in text.Data)
                {
                    if (!char.IsWhiteSpace(c) && !HtmlText.IsInvisible(c) && c is not ('-' or '–' or '—' or '|') && ++count > MaxChars)
                    {
                        return false;
                    }
                }

                // A space after every node: the text is collapsed afterwards, so the last one goes.
                builder.Append(text.Data).Append(' ');
            }
            else if (nodes[i] is IElement { LocalName: "br" })
            {
                if (lineEnd < 0 && count > 0)
                {
                    lineEnd = builder.Length;
                }
            }
            else if (nodes[i] is IElement child && !Join(child, builder, ref count, ref lineEnd))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the element shares a close container with the page's headline: a box classed "teaser" or "related" that
    /// holds the h1 as well is the article's own header, not another story's.
    /// </summary>
    private static bool BesideHeadline(IElement element, IElement? headline, int levels = 5)
    {
        var level = 0;
        for (var e = element.ParentElement; headline is not null && e is not null && e.LocalName is not ("body" or "html") && level < levels; e = e.ParentElement, level++)
        {
            if (e.Contains(headline))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text after an element up to the next block (line breaks before any text are passed over).</summary>
    private static string FollowingText(IElement element)
    {
        var parts = new List<string>();
        var length = 0;
        for (var node = element.NextSibling; node is not null && length <= MaxChars; node = node.NextSibling)
        {
            if (node is IElement next)
            {
                if (next.LocalName == "br" && length == 0)
                {
                    continue;
                }

                if (next.LocalName is not ("a" or "span" or "strong" or "b" or "em" or "i"))
                {
                    break;
                }
            }

            // "<b>Von:</b> <br> <br> Ann Lee": the spaces between the label and the line breaks are no text of the name.
            var text = HtmlText.Collapse(node.TextContent);
            if (text.Length == 0)
            {
                continue;
            }

            parts.Add(text);
            length += text.Length + 1;
        }

        return string.Join(' ', parts);
    }

    /// <summary>Whether text with letters runs into the element from before it, in the same block.</summary>
    private static bool AfterWords(IElement element) =>
        element.PreviousSibling is IText before && before.Data.Any(char.IsLetter);

    /// <summary>
    /// The name of "3.5.2021 – Ann Lee" or "Ann Lee | 3. Mai 2021": one person's name of two to four words beside a date.
    /// A time between them ("17.3.2021 | 09:40 Uhr | Ann Lee") belongs to the date.
    /// </summary>
    private static string? DatedName(string text)
    {
        if (DatedPair().Match(TimeBetween().Replace(text, string.Empty)) is not { Success: true } pair)
        {
            return null;
        }

        var (date, name) = DateParser.ParseLoose(pair.Groups["a"].Value) is not null ? (pair.Groups["a"].Value, pair.Groups["b"].Value)
            : DateParser.ParseLoose(pair.Groups["b"].Value) is not null ? (pair.Groups["b"].Value, pair.Groups["a"].Value)
            : (null, null);
        // Written as names are: "PAID CONTENT" and "Kingston Wed" (a place and a weekday) are not.
        return date is not null && name is not null && AuthorNames.Split(name) is [var person] && person == name.Trim()
            && person.Split(' ') is { Length: >= 2 and <= MaxNameWords } words && Plausible(person, string.Empty)
            && words.All(w => Particles.Contains(w) || (w.Length >= 2 && char.IsUpper(w[0]) && char.IsLower(w[^1]) && !MonthNames.IsMonth(w) && !DateParser.IsWeekday(w)))
            ? person
            : null;
    }

    /// <summary>Whether the element, or an element inside it, is classed as a title and holds at least that much text.</summary>
    private static bool HoldsTitle(IElement element, int length)
    {
        if (TitleClassed(element) && HtmlText.Collapse(element.TextContent).Length >= length)
        {
            return true;
        }

        var nodes = element.ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is IElement child && HoldsTitle(child, length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TitleClassed(IElement element) =>
        ClassPatterns.Signature(element) is { Length: > 0 } signature && signature.Contains("title", StringComparison.Ordinal)
        && !signature.Contains("author", StringComparison.Ordinal) && !signature.Contains("byline", StringComparison.Ordinal);

    private static bool EndsWithName(string? title, string name)
    {
        var trimmed = title?.TrimEnd() ?? string.Empty;
        return trimmed.Length > name.Length + 2 && trimmed.EndsWith(name, StringComparison.OrdinalIgnoreCase)
            && trimmed[^(name.Length + 2)..^name.Length].Trim() is "-" or "|" or "–" or "—" or "·" or ":";
    }

    /// <summary>
    /// A name of several words is capitalised ("von oben herab" is no byline); a lower-case single word is taken only
    /// after a word that cannot start a phrase of prose ("Autor:", "Gespeichert von").
    /// </summary>
    private static bool Plausible(string name, string leadWord)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => char.IsUpper(w[0]) || Particles.Contains(w)))
        {
            return char.IsUpper(words[0][0]);
        }

        return words.Length == 1 && leadWord.Length > 0;
    }

    /// <summary>
    /// "By", "Von", "Par", "Por", "Di", "Door" opening the element, or a labelled form ("Autor:", "Text:", "Posted by",
    /// "Geschrieben von"); <c>word</c> holds the label, which vouches for a user name written in lower case.
    /// </summary>
    [GeneratedRegex(@"^(?:(?<word>(?:text|(?:ein\s+|blog\s*)?(?:artikel|beitrag)|geschrieben|verfasst|gespeichert|eingestellt|erstellt|posted|written|published|reported)\s+(?:von|by)\s*:?|autor(?:in|en)?\s*:?|authors?\s*:|auteur\s*:|text\s*:|texte\s*:|redaktion\s*:)|(?:by|von|par|por|di|door)\s*:?)\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    /// <summary>Two parts of a line set apart by a spaced dash, bar or dot ("11.12.2019 - Ann Lee").</summary>
    [GeneratedRegex(@"^(?<a>[^|]{4,40}?)\s+[|–—·•-]\s+(?<b>[^|]{4,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedPair();

    /// <summary>A time set off between a date and a name: " | 09:40 Uhr" in "17.3.2021 | 09:40 Uhr | Ann Lee".</summary>
    [GeneratedRegex(@"\s+[|–—·•-]\s+\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?=\s+[|–—·•-]\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeBetween();

    /// <summary>A numeric date, and a time, opening a line before "von" or "by" ("17.03.2021, 09:40 Uhr | von").</summary>
    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*uhr)?)?\s*[|,–—-]?\s*(?=(?:von|by)\s+\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateBeforeLead();

    /// <summary>"By", "Von" or "Par" alone, without the colon a label may have.</summary>
    [GeneratedRegex(@"^(?:by|von|par)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareLabel();

    /// <summary>An element that holds a byline's label and nothing else ("Autor:", "Text:", "By:").</summary>
    [GeneratedRegex(@"^(?:autor(?:in|en)?|authors?|auteur|text|texte|von|by|par|verfasser(?:in)?)\s*:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelOnly();
}
