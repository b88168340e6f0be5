namespace NewsIngest.Evaluation.Scoring;

/// <summary>
/// Body overlap as sets of word n-gram shingles (4 lower-cased words by default). Shingles rather than bags of
/// words so that boilerplate made of common words, or a body in the wrong order, is not scored as right.
/// </summary>
public static class ShingleF1
{
    public const int DefaultSize = 4;

    /// <summary>
    /// The distinct shingles of <paramref name="text"/>. A text shorter than <paramref name="size"/> words gives one
    /// shingle of all its words, so a short expected body still counts; an empty text gives none.
    /// </summary>
    public static HashSet<string> Shingles(string? text, int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var words = Tokens.Words(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return set;
        }

        if (words.Count < size)
        {
            set.Add(string.Join(' ', words));
            return set;
        }

        for (var i = 0; i + size <= words.Count; i++)
        {
            set.Add(string.Join(' ', words.Skip(i).Take(size)));
        }

        return set;
    }

    /// <summary>
    /// Precision (share of the extracted shingles that are expected) and recall (share of the expected shingles
    /// extracted) of one page. Both empty: a perfect (1, 1). Only one empty: (0, 0), so a failed or empty
    /// extraction costs as much as a wrong one.
    /// </summary>
    public static PrecisionRecall Score(string? expected, string? actual, int size = DefaultSize)
    {
        var e = Shingles(expected, size);
        var a = Shingles(actual, size);
        if (e.Count == 0 && a.Count == 0)
        {
            return new PrecisionRecall(1, 1);
        }

        if (e.Count == 0 || a.Count == 0)
        {
            return new PrecisionRecall(0, 0);
        }

        var common = a.Count(e.Contains);
        return new PrecisionRecall((double)common / a.Count, (double)common / e.Count);
    }

    /// <summary>
    /// Summary over pages: <c>Averaged</c> is precision and recall each averaged over pages (its F1 is "F1 of the
    /// averages", the way extraction benchmarks report it); <c>MeanF1</c> is the mean of per-page F1 (punishes
    /// pages that are good on one side only).
    /// </summary>
    public static (PrecisionRecall Averaged, double MeanF1) Summarise(IReadOnlyCollection<PrecisionRecall> pages)
    {
        if (pages.Count == 0)
        {
            return (new PrecisionRecall(0, 0), 0);
        }

        return (new PrecisionRecall(pages.Average(p => p.Precision), pages.Average(p => p.Recall)), pages.Average(p => p.F1));
    }
}
