namespace NewsIngest.Evaluation.Scoring;

/// <summary>
/// One item's judgement on one measure with the values compared; <see cref="Right"/> is null when the item
/// carries no label for the measure.
/// </summary>
public readonly record struct Verdict(bool? Right, string? Expected, string? Found)
{
    public static Verdict Unlabelled => default;

    /// <summary>A verdict on a labelled value: judged by <paramref name="judge"/>, or unlabelled when <paramref name="expected"/> is null.</summary>
    public static Verdict Of(string? expected, string? found, Func<string, bool> judge) =>
        expected is null ? Unlabelled : new Verdict(judge(expected), expected, found);
}
