using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;
using NewsIngest.Evaluation.Duplicates;

namespace NewsIngest.Evaluation.Corpora;

/// <summary>What every corpus evaluation shares: the corpus root, the real pipeline, and the duplicate finder when one is plugged in.</summary>
public sealed record EvaluationContext(string CorpusRoot, ArticlePipeline Pipeline, IDuplicateFinder? Duplicates)
{
    /// <summary>
    /// Parses every input with the pipeline on all cores. Each result lands in its input's slot, so the output
    /// order (and every figure computed from it) does not depend on scheduling. A failed parse is null.
    /// </summary>
    public Article?[] ParseAll(IReadOnlyList<(string Path, byte[] Bytes)> inputs)
    {
        var results = new Article?[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var (path, bytes) = inputs[i];
            results[i] = Pipeline.Parse(path, bytes) is ParseOutcome.Success s ? s.Article : null;
        });
        return results;
    }

    public string PathOf(params string[] parts) => Path.Combine([CorpusRoot, .. parts]);
}
