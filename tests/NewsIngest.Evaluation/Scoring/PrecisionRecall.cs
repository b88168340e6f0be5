namespace NewsIngest.Evaluation.Scoring;

/// <summary>A precision/recall pair and its harmonic mean.</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall)
{
    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
