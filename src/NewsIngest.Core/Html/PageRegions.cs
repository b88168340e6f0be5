using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>Where an element sits on the page and whether readers see it, for the parts of metadata extraction that must skip comments and hidden text.</summary>
internal static partial class PageRegions
{
    /// <summary>
    /// Inside a comment thread: an ancestor whose class or id names comments. <c>body</c> and <c>html</c> do not
    /// count: themes put page states such as "showing-comments" on them, which say nothing about where the element is.
    /// </summary>
    public static bool InComments(IElement element)
    {
        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (Names(e.GetAttribute("class")) || Names(e.Id))
            {
                return true;
            }
        }

        return false;

        static bool Names(string? value) => value is not null && value.Contains("comment", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> HidingClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "hide", "d-none", "invisible", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader", "screenreader-only",
        "aural", "element-invisible", "offscreen", "u-hidden", "is-hidden", "a11y-hidden",
    };

    /// <summary>
    /// Kept out of sight: the <c>hidden</c> or <c>aria-hidden</c> attribute, a class that hides it or keeps it for
    /// screen readers only, or a style that hides it. "field--label-hidden" hides a field's label, not the value beside it.
    /// </summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        foreach (var token in element.ClassList)
        {
            if (HidingClasses.Contains(token) || (token.EndsWith("-hidden", StringComparison.OrdinalIgnoreCase) && !token.Contains("label", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style);
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
