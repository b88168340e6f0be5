using NewsIngest.Evaluation.Duplicates;
using NewsIngest.Evaluation.Report;
using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Evaluation.Corpora.Bbc;

/// <summary>BBC News: titles (the first line) and duplicate pairs over the labelled tiers.</summary>
public sealed class BbcEvaluation : ICorpusEvaluation
{
    private const string Corpus = "bbc";

    private static readonly HashSet<string> DuplicateTiers = ["exact-bytes", "exact-normalized", "near-high", "near-revision"];

    public string Name => Corpus;

    public IEnumerable<MeasureRow> Run(EvaluationContext context)
    {
        var folder = context.PathOf("bbc");
        var manifest = DuplicateLabels.Read(Path.Combine(folder, "manifest.tsv"));
        var files = manifest.Select(r => r["file"]).ToList();
        var inputs = files.Select(f => ($"bbc/{f}", File.ReadAllBytes(Path.Combine(folder, "bbc", f)))).ToList();
        var parsed = context.ParseAll(inputs);
        var title = new Tally();
        for (var i = 0; i < manifest.Count; i++)
        {
            title.Add(TextMatch.Same(manifest[i]["first_line"], parsed[i]?.Title));
        }

        yield return new MeasureRow(Corpus, "title (first line)", title.Accuracy, title.Items, null, "normalised equality with manifest.tsv's first_line");

        var labels = DuplicateLabels.Read(Path.Combine(folder, "duplicates.tsv"));
        var positives = labels.Where(r => DuplicateTiers.Contains(r["tier"])).Select(r => DuplicatePair.Of(r["file_a"], r["file_b"])).ToList();
        var ignored = labels.Where(r => r["tier"] == "related-version").Select(r => DuplicatePair.Of(r["file_a"], r["file_b"])).ToList();
        var closedPositives = Clusters.ClosedPairs(positives).Count;
        if (context.Duplicates is null)
        {
            yield return new MeasureRow(Corpus, "dup: pair precision", null, closedPositives, QualityBars.DuplicatePrecision, QualityBars.NoFinder);
            yield return new MeasureRow(Corpus, "dup: pair recall", null, closedPositives, QualityBars.DuplicateRecall, QualityBars.NoFinder);
            yield break;
        }

        var docs = files.Select((f, i) => new EvalDocument(f, inputs[i].Item1, inputs[i].Item2)).ToList();
        var score = PairScorer.Score(context.Duplicates.Find(docs), positives, ignored);
        yield return new MeasureRow(Corpus, "dup: pair precision", score.Precision, score.TruePositives + score.FalsePositives, QualityBars.DuplicatePrecision,
            "over all found pairs (closed over clusters); related-version pairs count for neither side");
        yield return new MeasureRow(Corpus, "dup: pair recall", score.Recall, closedPositives, QualityBars.DuplicateRecall,
            "pairs within the labelled groups (exact-*, near-high, near-revision, closed transitively)");
    }
}
