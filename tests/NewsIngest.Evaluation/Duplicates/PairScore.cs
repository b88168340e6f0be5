namespace NewsIngest.Evaluation.Duplicates;

/// <summary>Pair counts of a duplicate run. Precision and recall are null when their denominator is empty.</summary>
public readonly record struct PairScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}
