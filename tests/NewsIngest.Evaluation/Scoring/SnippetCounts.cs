namespace NewsIngest.Evaluation.Scoring;

/// <summary>
/// Confusion counts over snippets: a must-have snippet found is a true positive, missed a false negative;
/// a must-not snippet found is a false positive, absent a true negative.
/// </summary>
public readonly record struct SnippetCounts(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => new PrecisionRecall(Precision, Recall).F1;

    /// <summary>Share of all snippets, of both kinds, judged right.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + FalseNegatives + FalsePositives + TrueNegatives);

    public static SnippetCounts operator +(SnippetCounts a, SnippetCounts b) => new(
        a.TruePositives + b.TruePositives,
        a.FalseNegatives + b.FalseNegatives,
        a.FalsePositives + b.FalsePositives,
        a.TrueNegatives + b.TrueNegatives);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
