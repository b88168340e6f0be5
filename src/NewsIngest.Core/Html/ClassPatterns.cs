using System.Text.RegularExpressions;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Html;

/// <summary>What an element's class and id say about it: the vocabulary sites use for boilerplate and for content.</summary>
internal static partial class ClassPatterns
{
    /// <summary>The class and id of an element as one lower-case string ("" when it has neither).</summary>
    public static string Signature(AngleSharp.Dom.IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (cls is null && id is null)
        {
            return string.Empty;
        }

        return $"{cls} {id}".ToLowerInvariant();
    }

    /// <summary>The boilerplate reason for an element whose class or id names a page furniture, or null.</summary>
    public static string? BoilerplateReason(string signature)
    {
        if (signature.Length == 0)
        {
            return null;
        }

        var m = Furniture().Match(signature);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["comments"].Success)
        {
            return BoilerplateReasons.Comments;
        }

        if (m.Groups["related"].Success)
        {
            return BoilerplateReasons.RelatedHeadlines;
        }

        if (m.Groups["share"].Success)
        {
            return BoilerplateReasons.SharePrompt;
        }

        if (m.Groups["consent"].Success)
        {
            return BoilerplateReasons.CookieNotice;
        }

        if (m.Groups["caption"].Success)
        {
            return BoilerplateReasons.PhotoCaption;
        }

        if (m.Groups["byline"].Success)
        {
            return BoilerplateReasons.Byline;
        }

        if (m.Groups["paywall"].Success)
        {
            return BoilerplateReasons.Paywall;
        }

        if (m.Groups["ads"].Success)
        {
            return BoilerplateReasons.Advertisement;
        }

        return BoilerplateReasons.Navigation;
    }

    /// <summary>True when the class or id also names the article itself ("l-sidebar l-article-body"): then it is not furniture.</summary>
    public static bool NamesContent(string signature) => ContentWords().IsMatch(signature);

    /// <summary>Class-and-id weight as in content scoring: positive words add, negative ones subtract.</summary>
    public static int Weight(string signature)
    {
        if (signature.Length == 0)
        {
            return 0;
        }

        var weight = 0;
        if (Negative().IsMatch(signature))
        {
            weight -= 25;
        }

        if (Positive().IsMatch(signature))
        {
            weight += 25;
        }

        return weight;
    }

    [GeneratedRegex(
        @"(?<comments>(?:^|[\s_-])comment|disqus|\brespond\b|reply|leave-a-reply|kommentar|commentaire|comentario)" +
        @"|(?<related>related|recommend|more-?stories|more-?news|read-?more|also-?read|outbrain|taboola|most-?popular|most-?read|trending|\bteasers?\b|weitere-?artikel|\bnext-?post|\bprev-?post|post-?navigation|mehr-?zum-?thema)" +
        @"|(?<share>\bshare|sharing|social|sociable|follow-?us|\bsharebar|addthis|shariff|print-?link|newsletter|subscribe|sign-?up|\bsubscription)" +
        @"|(?<consent>cookie|consent|gdpr|privacy-?banner|\bcmp\b|onetrust)" +
        @"|(?<caption>caption|\bcredit\b|image-?credit|photo-?credit|bildunterschrift|legende)" +
        @"|(?<byline>\bbyline|\bauthor|\bdateline|\bpost-?meta|entry-?meta|article-?meta|\bmeta-?data|\btimestamp|\bpublished-?date|\barticle-?date|\bpost-?date)" +
        @"|(?<paywall>paywall|pay-?wall|piano-|regwall|subscriber-?only|premium-?(?:teaser|box|wall))" +
        @"|(?<ads>\bads?\b|\bad-|advert|sponsor|promo|\bdfp\b|banner-?ad|werbung|anzeige)" +
        @"|(?<nav>\bnav\b|navbar|navigation|\bmenu|breadcrumb|pagination|\bpager\b|sidebar|\bwidget|masthead|\bfooter|site-?header|\btoolbar|skip-?link|\btags?\b|tag-?list|tag-?cloud|\bpopup|\bmodal|overlay|login|\bsearch)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"article-?body|articlebody|story-?body|entry-?content|post-?(?:body|content|text)|article-?content|\bmain-?content|\bcontent-?main|\barticle\b|\bcol-?main|\bl-col__main", RegexOptions.CultureInvariant)]
    private static partial Regex ContentWords();

    [GeneratedRegex(@"comment|meta|footer|footnote|sidebar|widget|related|share|social|promo|sponsor|advert|\bads?\b|nav|menu|breadcrumb|teaser|outbrain|taboola|banner|combx|popup|hidden|\bskyscraper|shoutbox|masthead|tag", RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|\bbody|content|entry|\bmain|\bpage\b|post|\btext|\bblog|story|hentry|h-entry|\bprose|artikel|\binhalt|\brichtext|\bcopy\b", RegexOptions.CultureInvariant)]
    private static partial Regex Positive();
}
