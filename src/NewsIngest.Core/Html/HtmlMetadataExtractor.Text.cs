using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Html;

public static partial class HtmlMetadataExtractor
{
    private const string DateishSelector =
        "[class*='date' i], [id*='date' i], [class*='time' i], [class*='publish' i], [class*='posted' i], [class*='meta' i], [class*='byline' i], [class*='dateline' i], [class*='datum' i], [class*='info' i]";

    /// <summary>
    /// Dates written in the page: short elements whose class says date, then "Published ..." phrases in the text.
    /// Elements in comments, sidebars and footers are skipped: their dates belong to other things.
    /// </summary>
    private static PartialDate? FromText(IDocument document, Func<PartialDate, bool> plausible)
    {
        var checkedCount = 0;
        foreach (var element in document.QuerySelectorAll(DateishSelector))
        {
            if (++checkedCount > 200)
            {
                break;
            }

            var text = element.TextContent;
            if (text.Length is 0 or > 160 || DateContext.IsElsewhere(element))
            {
                continue;
            }

            if (Phrase().Match(text) is { Success: true } phrase && DateParser.ParseLoose(phrase.Groups[1].Value) is { } p && plausible(p))
            {
                return p;
            }

            if (DateParser.ParseLoose(text) is { } d && plausible(d))
            {
                return d;
            }
        }

        if (FromShortElements(document, plausible) is { } fromLeaf)
        {
            return fromLeaf;
        }

        var body = document.Body?.TextContent;
        if (body is null)
        {
            return null;
        }

        var pageText = body.Length > 200_000 ? body[..200_000] : body;
        foreach (Match m in Phrase().Matches(pageText))
        {
            if (DateParser.ParseLoose(m.Groups[1].Value) is { } d && plausible(d))
            {
                return d;
            }
        }

        // Last resort: the first date written anywhere in the page's text.
        return DateParser.FirstInText(pageText, plausible);
    }

    /// <summary>The first short element anywhere in the body whose text is a date (htmldate's "extensive" idea, first match in page order).</summary>
    private static PartialDate? FromShortElements(IDocument document, Func<PartialDate, bool> plausible)
    {
        var seen = 0;
        foreach (var element in document.Body?.Descendants<IElement>() ?? [])
        {
            if (++seen > 5000)
            {
                break;
            }

            if (element.ChildElementCount > 2 || element.LocalName is "script" or "style" or "a" or "option" or "li")
            {
                continue;
            }

            var text = element.TextContent;
            if (text.Length is < 6 or > 60)
            {
                continue;
            }

            if (DateParser.ParseLoose(text) is { } d && plausible(d)
                && !DateContext.IsElsewhere(element))
            {
                return d;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|date|datum|stand)(?:\s+(?:on|am|le|el|il|op))?\s*:?\s*(.{6,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
