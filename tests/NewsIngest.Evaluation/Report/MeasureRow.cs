using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Evaluation.Report;

/// <summary>
/// One printed figure. <see cref="Figure"/> is null when the feature it measures is not built yet (printed
/// <c>n/a</c>); <see cref="Published"/> is the best known published figure or quality bar, when there is one.
/// <see cref="Misses"/> lists the items judged wrong, for <c>--misses</c>.
/// </summary>
public sealed record MeasureRow(string Corpus, string Measure, double? Figure, int Items, double? Published, string Note)
{
    public IReadOnlyList<Miss> Misses { get; init; } = [];
}
