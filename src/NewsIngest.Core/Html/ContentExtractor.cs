using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// Finds the article text of a page. A cascade: prune the furniture (<see cref="BoilerplatePruner"/>), cut the rest into
/// text blocks, score the elements that hold paragraphs (text length, commas, link density, class and id words) and
/// take the best one with its worthy siblings; then classify its blocks as content or boilerplate in context. When
/// the winner holds little text, a page-wide classification of long, link-poor paragraphs is the fallback.
/// Reads the document without changing it.
/// </summary>
public static partial class ContentExtractor
{
    private const int FallbackBelowChars = 250;

    /// <summary>
    /// The main text of <paramref name="document"/>. When it comes out short, a second pass trusts only tags, not
    /// class names: some sites put words like "related" or "teaser" on the article's own wrapper.
    /// </summary>
    public static ExtractedContent Extract(IDocument document, string? title)
    {
        var first = Extract(document, title, byClass: true);
        var firstChars = first.Paragraphs.Sum(p => p.Length);
        if (firstChars >= FallbackBelowChars)
        {
            return first;
        }

        var second = Extract(document, title, byClass: false);
        return second.Paragraphs.Sum(p => p.Length) > Math.Max(FallbackBelowChars, firstChars * 2) ? second with { Removed = first.Removed } : first;
    }

    private static ExtractedContent Extract(IDocument document, string? title, bool byClass)
    {
        var body = document.Body;
        if (body is null)
        {
            return new ExtractedContent([], [], LooksLikeListing: false);
        }

        var dropped = new HashSet<IElement>();
        var removed = BoilerplatePruner.Prune(body, dropped, byClass);
        var blocks = BlockCollector.Collect(body, dropped);
        if (blocks.Count == 0)
        {
            return new ExtractedContent([], removed, LooksLikeListing: false);
        }

        var stats = ElementStats.Compute(blocks, body);
        var chosen = ChooseContainers(blocks, stats, body);
        var content = blocks.Where(b => Covers(chosen, b.Owner)).ToList();
        var kept = Classify(content, title, removed);
        var keptChars = kept.Sum(p => p.Length);
        if (keptChars < FallbackBelowChars)
        {
            var fallback = Classify(PageWideGood(blocks), title, []);
            if (fallback.Sum(p => p.Length) > keptChars * 2)
            {
                kept = fallback;
            }
        }

        return new ExtractedContent(kept, removed, IsListing(blocks, kept));
    }

    /// <summary>jusText's idea: long, link-poor blocks are content; short ones count when they sit between content blocks.</summary>
    private static List<ContentBlock> PageWideGood(List<ContentBlock> blocks)
    {
        var good = blocks.Select(b => b.Text.Length >= 80 && b.LinkDensity < 0.25).ToArray();
        var result = new List<ContentBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var between = i > 0 && i < blocks.Count - 1 && good[i - 1] && good[i + 1] && blocks[i].LinkDensity < 0.5;
            if (good[i] || between)
            {
                result.Add(blocks[i]);
            }
        }

        return result;
    }

    /// <summary>An index page: little running text next to a lot of link text.</summary>
    private static bool IsListing(List<ContentBlock> all, List<string> kept)
    {
        var longParagraphs = kept.Count(p => p.Length >= 150);
        var linkChars = all.Sum(b => b.LinkChars);
        var totalChars = all.Sum(b => b.Text.Length);
        var keptChars = kept.Sum(p => p.Length);
        return (longParagraphs < 2 && keptChars < 600 && totalChars > 0 && (double)linkChars / totalChars > 0.35)
            || keptChars == 0;
    }

    /// <summary>True when <paramref name="owner"/> is one of <paramref name="chosen"/> or below one (walks up: AngleSharp's Contains walks down).</summary>
    internal static bool Covers(IReadOnlyList<IElement> chosen, IElement owner)
    {
        for (var e = owner; e is not null; e = e.ParentElement)
        {
            foreach (var c in chosen)
            {
                if (c == e)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
