using System.Text.RegularExpressions;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Cleaning;

/// <summary>
/// Finds the list of unrelated headlines that pages append after the story ("Clintons Agree to Testify …"):
/// a trailing run of at least <see cref="MinRun"/> short, capitalised lines without a final period,
/// with an optional label before it ("Related", "Most read"). At least one paragraph of the story is kept.
/// </summary>
public static partial class RelatedHeadlines
{
    public const int MinRun = 3;

    private const int MaxLength = 120;

    private const int MaxLabelledItems = 30;

    public static void Mark(IReadOnlyList<string> paragraphs, string?[] reasons)
    {
        if (MarkLabelled(paragraphs, reasons))
        {
            return;
        }

        var run = new List<int>();
        var i = BoilerplateCleaner.LastKept(reasons, paragraphs.Count - 1);
        while (i > 0 && IsHeadline(paragraphs[i]))
        {
            run.Add(i);
            i = BoilerplateCleaner.LastKept(reasons, i - 1);
        }

        if (run.Count < MinRun || i < 0)
        {
            return;
        }

        foreach (var index in run)
        {
            reasons[index] = BoilerplateReasons.RelatedHeadlines;
        }

        if (i > 0 && ListLabel().IsMatch(paragraphs[i].Trim()))
        {
            reasons[i] = BoilerplateReasons.RelatedHeadlines;
        }
    }

    /// <summary>
    /// With a label ("More headlines", "Related") the list is trusted as it is: every short line after the label
    /// to the end goes, however few words each has.
    /// </summary>
    private static bool MarkLabelled(IReadOnlyList<string> paragraphs, string?[] reasons)
    {
        var items = new List<int>();
        for (var i = BoilerplateCleaner.LastKept(reasons, paragraphs.Count - 1); i > 0 && items.Count <= MaxLabelledItems; i = BoilerplateCleaner.LastKept(reasons, i - 1))
        {
            var p = paragraphs[i].Trim();
            if (ListLabel().IsMatch(p))
            {
                if (items.Count == 0)
                {
                    return false;
                }

                reasons[i] = BoilerplateReasons.RelatedHeadlines;
                items.ForEach(index => reasons[index] = BoilerplateReasons.RelatedHeadlines);
                return true;
            }

            if (p.Length > MaxLength || p.Contains('\n') || SentenceEnd().IsMatch(p))
            {
                return false;
            }

            items.Add(i);
        }

        return false;
    }

    public static bool IsHeadline(string paragraph)
    {
        var p = paragraph.Trim();
        // Parentheses mark list items ("Little Britain (BBC Three)") of the article itself, not headlines of others.
        // Column gaps ("SEARS    4.9    1.8 BILL") make a table row or a signature block, not a headline.
        if (p.Length is 0 or > MaxLength || p.Contains('\n') || p.Contains('(') || p.Contains("  ", StringComparison.Ordinal) || SentenceEnd().IsMatch(p))
        {
            return false;
        }

        // Figures, years and list markers mark price tables and reading lists ("… - August 1989"), not headlines.
        if (p.Count(char.IsDigit) * 100 > p.Length * 15 || FourDigits().IsMatch(p) || ListMarker().IsMatch(p))
        {
            return false;
        }

        int words = 0, content = 0, capitalised = 0;
        foreach (var word in p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            var letter = word.FirstOrDefault(char.IsLetter);
            if (letter == default || SmallWord().IsMatch(word))
            {
                continue;
            }

            content++;
            capitalised += char.IsUpper(letter) ? 1 : 0;
        }

        return words is >= 4 and <= 18 && content >= 3 && capitalised * 10 >= content * 7;
    }

    /// <summary>Numbered or bulleted items ("[1] …", "2. …", "- …") belong to a list the author wrote.</summary>
    [GeneratedRegex(@"^(?:\[\d+\]|[-*•·]|\d+[.)])\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"[.,;:!]['""’”]?$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:a|an|the|of|to|in|on|at|for|and|or|by|with|from|as|is|vs\.?|over|into|after|amid)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallWord();

    [GeneratedRegex(@"^(?:related|more (?:news|stories|headlines|from [\w ]{1,30})|most (?:read|popular|viewed)|trending(?: now)?|recommended|top stories|latest(?: news)?|you may (?:also )?like|what to read next)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListLabel();
}
