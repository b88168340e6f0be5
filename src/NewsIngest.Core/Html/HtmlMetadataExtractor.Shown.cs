using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Html;

public static partial class HtmlMetadataExtractor
{
    /// <summary>How many elements before the headline are looked at: the date line often sits above it, with the kicker.</summary>
    private const int ShownBefore = 30;

    /// <summary>How many elements after the headline are looked at: the standfirst, the byline and its date line.</summary>
    private const int ShownAfter = 120;

    /// <summary>
    /// The date the page shows its readers beside the headline: the first date element (a <c>&lt;time&gt;</c>, an
    /// element whose class or id says date, or a short element that is a date and little else) among the elements
    /// around the first <c>&lt;h1&gt;</c>, outside comments, teasers and embedded quotes. The words a reader sees
    /// win over the element's machine-readable attribute, which templates fill with another stamp. Null when the
    /// page has no headline or no date beside it.
    /// </summary>
    private static (PartialDate Date, PartialDate? Stamp, string Text)? ShownDate(IDocument document, PageIndex page, Func<PartialDate, bool> plausible)
    {
        if (Headline(page) is not { } headline || document.Body is not { } body)
        {
            return null;
        }

        var window = new List<IElement>();
        var headlineAt = -1;
        foreach (var element in body.Descendants<IElement>())
        {
            if (ReferenceEquals(element, headline))
            {
                headlineAt = window.Count;
            }

            window.Add(element);
            if (headlineAt >= 0 && window.Count > headlineAt + ShownAfter)
            {
                break;
            }
        }

        if (headlineAt < 0)
        {
            return null;
        }

        // The masthead around a logo heading (the logo, the site's clock, the search box) is not beside the headline.
        var mastheads = page.Headings
            .Where(h => h.LocalName == "h1" && LinksHomeOnly(h) && h.ParentElement is { } p && !p.Contains(headline))
            .Select(h => h.ParentElement!)
            .ToList();
        for (var i = Math.Max(0, headlineAt - ShownBefore); i < window.Count; i++)
        {
            if (i < headlineAt && mastheads.Exists(m => m.Contains(window[i])))
            {
                continue;
            }

            if (ShownIn(window[i], plausible) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The article's headline: the first <c>h1</c> that is not the site's logo. Templates set the logo as an
    /// <c>h1</c> whose only words are a link to the home page, and the date beside it is the site's clock.
    /// </summary>
    private static IElement? Headline(PageIndex page) =>
        page.Headings.FirstOrDefault(h => h.LocalName == "h1" && !LinksHomeOnly(h)) ?? (page.FirstH1 is { } first && !LinksHomeOnly(first) ? first : null);

    private static (PartialDate Date, PartialDate? Stamp, string Text)? ShownIn(IElement element, Func<PartialDate, bool> plausible)
    {
        if (element.LocalName is "script" or "style" or "a" or "option" or "noscript" or "meta" or "link" || PageRegions.IsHidden(element))
        {
            return null;
        }

        var isTime = element.LocalName == "time" || element.HasAttribute("itemprop") && element.GetAttribute("itemprop")!.Contains("date", StringComparison.OrdinalIgnoreCase);

        // A container of more than three elements is no date line: its text (the headline's ancestors hold the whole
        // article) is not gathered.
        if (!isTime && element.ChildElementCount > 3)
        {
            return null;
        }

        var text = HtmlText.Collapse(element.TextContent);
        var isShort = element.ChildElementCount <= 3 && text.Length is >= 6 and <= 100;
        if (!isTime && !(isShort && (DateClass().IsMatch(ClassPatterns.Signature(element)) || text.Length <= 40)))
        {
            return null;
        }

        if (DateContext.IsElsewhere(element))
        {
            return null;
        }

        // The stamp of the element, or of the <time> inside it whose words it shows.
        var stamped = isTime || element.HasAttribute("datetime") ? element : element.QuerySelector("[datetime]");
        var stamp = stamped is not null && DateParser.ParseMarkup(stamped.GetAttribute("datetime") ?? stamped.GetAttribute("content")) is { } s && plausible(s)
            ? s
            : (PartialDate?)null;

        // A timestamp written out in ISO form is markup made visible, not words for readers.
        if (text.Length <= 160 && !MachineStamp().IsMatch(text) && ReaderDate(text) is { } written && plausible(written))
        {
            return (written, stamp, text);
        }

        return null;
    }

    /// <summary>A date as written for readers: after "published", "posted"... when the text says so, else the first one.</summary>
    private static PartialDate? ReaderDate(string text) =>
        Phrase().Match(text) is { Success: true } phrase && DateParser.ParseLoose(phrase.Groups[1].Value) is { } p ? p : DateParser.ParseLoose(text);

    [GeneratedRegex(@"^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}T", RegexOptions.CultureInvariant)]
    private static partial Regex MachineStamp();

    [GeneratedRegex(@"date|datum|time|publish|posted|fecha|byline|author|dateline|meta|info", RegexOptions.CultureInvariant)]
    private static partial Regex DateClass();
}
