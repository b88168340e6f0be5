using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>Whether a date in the markup belongs to something other than the article: a comment, a sidebar, a related story.</summary>
internal static partial class DateContext
{
    /// <summary>
    /// Only the nearest ancestors are looked at: whole-page wrappers often carry words like "has-sidebar" that say
    /// nothing about the date deep inside them.
    /// </summary>
    private const int Levels = 5;

    public static bool IsElsewhere(IElement element)
    {
        var level = 0;
        for (var e = element; e is not null && level <= Levels; e = e.ParentElement, level++)
        {
            // An aside or footer inside the article is its own meta box ("Posted on ..."), not another story's.
            if (e.LocalName is "aside" or "footer" && e.ParentElement?.Closest("article") is null)
            {
                return true;
            }

            // An embedded post (a quoted tweet or photo with its own posting time) dates the post, not the article.
            if (e.LocalName == "blockquote")
            {
                return true;
            }

            var signature = ClassPatterns.Signature(e);
            if (signature.Length > 0 && (ClockClass().IsMatch(signature) || MemberClass().IsMatch(signature)))
            {
                return true;
            }

            if (signature.Length > 0 && (signature.Contains("comment", StringComparison.Ordinal) || signature.Contains("related", StringComparison.Ordinal)
                || signature.Contains("sidebar", StringComparison.Ordinal) || signature.Contains("widget", StringComparison.Ordinal)
                || signature.Contains("archive", StringComparison.Ordinal) || signature.Contains("calendar", StringComparison.Ordinal)
                || signature.Contains("teaser", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        var text = element.TextContent;
        return ClockLabel().IsMatch(text) || MemberLabel().IsMatch(text);
    }

    /// <summary>
    /// A site's clock: the day the page was served, shown in its header or a forum's footer, is no date of the
    /// article. Named so by its class or id ("clock", "current-time", "today", German "uhr").
    /// </summary>
    [GeneratedRegex(@"clock|current[-_]?(?:time|date)|(?:^|[^a-z])(?:todays?|uhr|heute)(?:[^a-z]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ClockClass();

    /// <summary>The words that introduce a site's clock: "It is currently ...", "Aktuelle Zeit: ...", "Today is ...".</summary>
    [GeneratedRegex(@"^\s*(?:it is currently|current (?:time|date)|today is|aktuelle[sr]? (?:zeit|datum)|heute ist|nous sommes le|date du jour|hoy es|fecha actual)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockLabel();

    /// <summary>A forum member's box beside each post: the day they joined is no date of the thread.</summary>
    [GeneratedRegex(@"postprofile|user-?info|userstats|member-?info|joined", RegexOptions.CultureInvariant)]
    private static partial Regex MemberClass();

    /// <summary>The words that introduce a member's joining day: "Joined:", "Registriert:", "Member since ...".</summary>
    [GeneratedRegex(@"^\s*(?:joined|registered|member since|registriert|anmeldedatum|mitglied seit|dabei seit|inscrit le|inscription|registrado|miembro desde)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MemberLabel();
}
