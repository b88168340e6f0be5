using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsIngest.Core.Dates;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Html;

/// <summary>Where else a page's date is found: its date markup elements, the data its scripts carry, and its address.</summary>
public static partial class HtmlMetadataExtractor
{
    /// <summary><c>&lt;time&gt;</c> and <c>itemprop=datePublished</c> elements, the publishing ones before any other.</summary>
    private static (PartialDate Date, string From)? FromMarkup(IDocument document, Func<PartialDate, bool> plausible)
    {
        foreach (var element in document.QuerySelectorAll("[itemprop~='datePublished' i], [itemprop~='dateCreated' i], time[pubdate], abbr.published, [class*='published' i][datetime], [class*='publish' i] time, [class*='entry-date' i][datetime]"))
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.GetAttribute("title") ?? element.TextContent;
            if (DateParser.ParseMarkup(value) is { } d && plausible(d) && (element.HasAttribute("itemprop") || !DateContext.IsElsewhere(element)))
            {
                return (d, "time");
            }
        }

        foreach (var time in document.GetElementsByTagName("time"))
        {
            if (DateContext.IsElsewhere(time)
                || time.ClassName?.Contains("modif", StringComparison.OrdinalIgnoreCase) == true
                || time.ClassName?.Contains("updated", StringComparison.OrdinalIgnoreCase) == true)
            {
                continue;
            }

            if (DateParser.ParseMarkup(time.GetAttribute("datetime") ?? time.TextContent) is { } d && plausible(d))
            {
                return (d, "time");
            }
        }

        return null;
    }

    private static readonly string[] DescriptionKeys = ["description", "og:description", "twitter:description", "dc.description"];

    /// <summary>How much of a page's inline scripts is searched for a publication key.</summary>
    private const int ScriptTextBudget = 2_000_000;

    /// <summary>
    /// The first date an inline script (not JSON-LD, which is read as such) gives under a key naming the publication
    /// ("datePublished", "publishedAt", "publish_date"); when none does, the first under a key naming the creation.
    /// Modification keys are never read: published over modified.
    /// </summary>
    private static PartialDate? FromScripts(PageIndex page, Func<PartialDate, bool> plausible)
    {
        PartialDate? created = null;
        var budget = ScriptTextBudget;
        foreach (var script in page.InlineScripts)
        {
            var text = script.TextContent;
            if (budget <= 0)
            {
                break;
            }

            text = text.Length > budget ? text[..budget] : text;
            budget -= text.Length;
            foreach (Match m in ScriptDateKey().Matches(text))
            {
                if (DateParser.ParseMarkup(m.Groups["value"].Value) is not { } d || !plausible(d))
                {
                    continue;
                }

                if (m.Groups["published"].Success)
                {
                    return d;
                }

                created ??= d;
            }
        }

        return created;
    }

    /// <summary>A publication or creation key with a string value, in script JSON or an object literal, quotes escaped or not.</summary>
    [GeneratedRegex(@"(?<![\w$.-])(?:(?<published>date_?published|published_?(?:at|date|time|on)|publish_?(?:date|time|ed_?at)|publication_?date|first_?published(?:_?at)?|pub_?date)|date_?created|created_?(?:at|date|on))\\?[""']?\s*:\s*\\?[""'](?<value>[^""'\\]{6,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptDateKey();

    /// <summary>The full date written in a URL's path (<c>/2025/10/31/</c>, <c>/20251031/</c>), when it is plausible.</summary>
    internal static PartialDate? DateInUrl(string url, ParseOptions options) =>
        UrlDate().Match(url) is { Success: true } m && !IsSlugNumber(m)
            && DateParser.ParseMarkup($"{m.Groups[1].Value}-{Group(m, 2, 4)}-{Group(m, 3, 5)}") is { } d
            && IsPlausible(d, options)
            ? d
            : null;

    /// <summary>"/2023/10/3-questions-for" is a month archive and a slug starting with a number, not the 3rd of October.</summary>
    private static bool IsSlugNumber(Match m) => m.Groups[3].Length == 1 && m.Value[^1] is '-' or '_';

    private static string Group(Match m, int a, int b) => (m.Groups[a].Success ? m.Groups[a].Value : m.Groups[b].Value).PadLeft(2, '0');

    [GeneratedRegex(@"/((?:19|20)[0-9]{2})(?:[/\-_](0?[1-9]|1[0-2])[/\-_](0?[1-9]|[12][0-9]|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01]))(?:/|[\-_.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/(0[1-9]|[12][0-9]|3[01])[\-_.](0[1-9]|1[0-2])[\-_.]((?:19|20)[0-9]{2})(?:\.html?|/)?(?:[?#].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstUrlDate();
}
