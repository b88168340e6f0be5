namespace NewsIngest.Evaluation.Scoring;

/// <summary>
/// Scores an extracted body against trafilatura-style snippet labels: text that must appear and text that must not.
/// Matching is a case-sensitive substring test after whitespace runs are collapsed on both sides (our bodies
/// separate paragraphs with blank lines; a snippet may straddle a line break in the page).
/// </summary>
public static class SnippetScorer
{
    /// <summary>
    /// Counts for one page. A null body (the parse failed) finds nothing: every must-have snippet is missed and
    /// every must-not snippet is absent, as trafilatura's own evaluation treats an empty extraction.
    /// </summary>
    public static SnippetCounts Score(string? body, IEnumerable<string> mustHave, IEnumerable<string> mustNot)
    {
        var text = Collapse(body);
        int tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var snippet in mustHave)
        {
            if (Contains(text, snippet))
            {
                tp++;
            }
            else
            {
                fn++;
            }
        }

        foreach (var snippet in mustNot)
        {
            if (Contains(text, snippet))
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new SnippetCounts(tp, fn, fp, tn);
    }

    private static bool Contains(string text, string snippet)
    {
        var s = Collapse(snippet);
        return s.Length > 0 && text.Contains(s, StringComparison.Ordinal);
    }

    private static string Collapse(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
