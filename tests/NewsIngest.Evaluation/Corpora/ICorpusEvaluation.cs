using NewsIngest.Evaluation.Report;

namespace NewsIngest.Evaluation.Corpora;

/// <summary>One corpus's measures. <see cref="Name"/> is what <c>--only</c> selects.</summary>
public interface ICorpusEvaluation
{
    string Name { get; }

    IEnumerable<MeasureRow> Run(EvaluationContext context);
}
