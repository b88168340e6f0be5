using NewsIngest.Core.Model;
using NewsIngest.Core.Text;

namespace NewsIngest.Core.Cleaning;

/// <summary>
/// Removes what is not the article from a list of paragraphs, and says why. Pure: the text parser and the
/// HTML parser both call it. Order matters: paragraph rules first (copyright, wire tags, prompts), then the
/// wire sign-off and the list of unrelated headlines at the end, then pull quotes that repeat the body.
/// Section headings are kept.
/// </summary>
public static class BoilerplateCleaner
{
    private const int MaxSignatureParagraphs = 3;
    private const int MaxFooterParagraphs = 3;
    private const int MaxFooterLength = 300;

    public static CleanedBody Clean(IReadOnlyList<string> source, string? title)
    {
        var paragraphs = SplitGluedSignOff(source);
        var reasons = new string?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i == 0 && title is not null && Titles.Same(paragraphs[i], title))
            {
                reasons[i] = BoilerplateReasons.RepeatedTitle;
                continue;
            }

            reasons[i] = BoilerplateRules.Classify(paragraphs[i]);
        }

        RemoveTrailing(paragraphs, reasons);
        PullQuotes.Mark(paragraphs, reasons);

        var kept = new List<string>(paragraphs.Count);
        var removed = new List<BoilerplateRemoval>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (reasons[i] is { } reason)
            {
                removed.Add(new BoilerplateRemoval(paragraphs[i], reason));
            }
            else
            {
                kept.Add(paragraphs[i]);
            }
        }

        return new CleanedBody(kept, removed);
    }

    /// <summary>The wire sign-off and the trailing run of unrelated headlines, looking back from the end.</summary>
    private static void RemoveTrailing(List<string> paragraphs, string?[] reasons)
    {
        var last = LastKept(reasons, paragraphs.Count - 1);
        if (last >= 0 && BoilerplateRules.IsSignOff(paragraphs[last]))
        {
            reasons[last] = BoilerplateReasons.SignOff;
        }

        MarkSignature(paragraphs, reasons);
        MarkAfterFooter(paragraphs, reasons);
        RelatedHeadlines.Mark(paragraphs, reasons);
    }

    /// <summary>
    /// A copyright notice near the end closes the article: the few short paragraphs after it are page footer
    /// (prompts, a teaser of another story), whatever they look like.
    /// </summary>
    private static void MarkAfterFooter(List<string> paragraphs, string?[] reasons)
    {
        var start = Math.Max(1, paragraphs.Count - MaxFooterParagraphs - 1);
        for (var i = paragraphs.Count - 2; i >= start; i--)
        {
            if (reasons[i] != BoilerplateReasons.Copyright || !paragraphs[i].Contains("rights reserved", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var j = i + 1; j < paragraphs.Count; j++)
            {
                if (reasons[j] is null && paragraphs[j].Length <= MaxFooterLength)
                {
                    reasons[j] = BoilerplateReasons.Navigation;
                }
            }

            return;
        }
    }

    /// <summary>The "-- " signature delimiter of e-mail and Usenet, with at most a few short paragraphs under it.</summary>
    private static void MarkSignature(List<string> paragraphs, string?[] reasons)
    {
        for (var i = Math.Max(1, paragraphs.Count - MaxSignatureParagraphs - 1); i < paragraphs.Count; i++)
        {
            if (reasons[i] is null && paragraphs[i].Trim() == "--")
            {
                for (var j = i; j < paragraphs.Count; j++)
                {
                    reasons[j] ??= BoilerplateReasons.Signature;
                }

                return;
            }
        }
    }

    /// <summary>
    /// A wire sign-off that lost its own line ("… total 55.8 (33.7).        REUTER", or "REUTER" joined to a
    /// wrapped paragraph) becomes a paragraph of its own, so the rules see it.
    /// </summary>
    private static List<string> SplitGluedSignOff(IReadOnlyList<string> source)
    {
        var paragraphs = source.ToList();
        if (paragraphs.Count > 0 && BoilerplateRules.GluedSignOff(paragraphs[^1]) is { } at)
        {
            var last = paragraphs[^1];
            paragraphs[^1] = last[..at].TrimEnd();
            paragraphs.Add(last[at..].Trim());
        }

        return paragraphs;
    }

    internal static int LastKept(string?[] reasons, int from)
    {
        var i = from;
        while (i >= 0 && reasons[i] is not null)
        {
            i--;
        }

        return i;
    }
}
