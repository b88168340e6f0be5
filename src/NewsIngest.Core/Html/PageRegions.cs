using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>Where an element sits on the page, for the parts of metadata extraction that must skip readers' comments.</summary>
internal static class PageRegions
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
}
