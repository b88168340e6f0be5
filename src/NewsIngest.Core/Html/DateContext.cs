using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>Whether a date in the markup belongs to something other than the article: a comment, a sidebar, a related story.</summary>
internal static class DateContext
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
            if (signature.Length > 0 && (signature.Contains("comment", StringComparison.Ordinal) || signature.Contains("related", StringComparison.Ordinal)
                || signature.Contains("sidebar", StringComparison.Ordinal) || signature.Contains("widget", StringComparison.Ordinal)
                || signature.Contains("archive", StringComparison.Ordinal) || signature.Contains("calendar", StringComparison.Ordinal)
                || signature.Contains("teaser", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
