using System.Diagnostics;
using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;
using NewsIngest.Evaluation.Corpora;
using NewsIngest.Evaluation.Corpora.Bbc;
using NewsIngest.Evaluation.Corpora.Html;
using NewsIngest.Evaluation.Corpora.Newsgroups;
using NewsIngest.Evaluation.Corpora.Reuters;
using NewsIngest.Evaluation.Duplicates;
using NewsIngest.Evaluation.Report;

namespace NewsIngest.Evaluation;

/// <summary>The harness as a function of its arguments and writers, so a test can run it in process.</summary>
public static class Harness
{
    /// <summary>
    /// Today is pinned so "future date" checks give the same figures on every run (the corpora are dated 1987-2026),
    /// and the plausibility floor is lowered: Reuters (1987) predates the product's default of 1990.
    /// </summary>
    public static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 12, 31), EarliestPlausibleYear = 1980 };

    public static IReadOnlyList<ICorpusEvaluation> All { get; } =
    [
        new ReutersEvaluation(), new NewsgroupsEvaluation(), new BbcEvaluation(),
        new ReadabilityEvaluation(), new TrafilaturaEvaluation(), new HtmldateEvaluation(),
    ];

    /// <summary>Runs the selected evaluations; exit code 0 (also when the corpus folder is missing: a skip) or 2 (usage).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter log, IDuplicateFinder? finder)
    {
        var (arguments, error) = EvalArguments.Parse(args);
        if (arguments is null)
        {
            log.WriteLine($"newsingest-eval: {error}");
            return error == EvalArguments.Usage ? 0 : 2;
        }

        var selected = All.Where(e => arguments.Only is null || e.Name == arguments.Only).ToList();
        if (selected.Count == 0)
        {
            log.WriteLine($"newsingest-eval: unknown corpus '{arguments.Only}'; {EvalArguments.Usage}");
            return 2;
        }

        if (!Directory.Exists(arguments.Corpus))
        {
            // CI also runs from clones without the corpora: that is a skip, not a failure.
            output.WriteLine($"newsingest-eval: corpus folder '{arguments.Corpus}' not found; evaluation skipped");
            return 0;
        }

        var context = new EvaluationContext(arguments.Corpus, new ArticlePipeline(Options), finder);
        var rows = new List<MeasureRow>();
        foreach (var evaluation in selected)
        {
            var watch = Stopwatch.StartNew();
            rows.AddRange(evaluation.Run(context));
            log.WriteLine($"newsingest-eval: {evaluation.Name} scored in {watch.Elapsed.TotalSeconds:0.0} s");
        }

        output.Write(arguments.Json ? ReportWriter.Json(rows) : ReportWriter.Table(rows));
        if (arguments.Misses is { } measure)
        {
            output.Write(ReportWriter.Misses(rows.Where(r => r.Measure.Contains(measure, StringComparison.OrdinalIgnoreCase))));
        }

        return 0;
    }
}
