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
    public Article?[] ParseAll(IReadOnlyList<(string Path, byte[] Bytes)> inputs) =>
        ParseEach(inputs.Count, i => inputs[i], (_, article) => article);

    /// <summary>
    /// Loads, parses and scores item by item on all cores, keeping only each item's score: the large HTML sets
    /// never sit in memory whole. Results are in item order whatever the scheduling.
    /// </summary>
    public T[] ParseEach<T>(int count, Func<int, (string Path, byte[] Bytes)> load, Func<int, Article?, T> score)
    {
        var results = new T[count];
        Parallel.For(0, count, i =>
        {
            var (path, bytes) = load(i);
            var article = Pipeline.Parse(path, bytes) is ParseOutcome.Success s ? s.Article : null;
            results[i] = score(i, article);
        });
        return results;
    }

    public string PathOf(params string[] parts) => Path.Combine([CorpusRoot, .. parts]);
}
