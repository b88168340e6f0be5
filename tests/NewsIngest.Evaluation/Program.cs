using System.Diagnostics;
using System.Globalization;
using NewsIngest.Core.Pipeline;
using NewsIngest.Evaluation;
using NewsIngest.Evaluation.Corpora;
using NewsIngest.Evaluation.Corpora.Bbc;
using NewsIngest.Evaluation.Corpora.Html;
using NewsIngest.Evaluation.Corpora.Newsgroups;
using NewsIngest.Evaluation.Corpora.Reuters;
using NewsIngest.Evaluation.Duplicates;
using NewsIngest.Evaluation.Report;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var (arguments, error) = EvalArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine($"newsingest-eval: {error}");
    return error == EvalArguments.Usage ? 0 : 2;
}

ICorpusEvaluation[] all =
[
    new ReutersEvaluation(), new NewsgroupsEvaluation(), new BbcEvaluation(),
    new ReadabilityEvaluation(), new TrafilaturaEvaluation(), new HtmldateEvaluation(),
];
var selected = all.Where(e => arguments.Only is null || e.Name == arguments.Only).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"newsingest-eval: unknown corpus '{arguments.Only}'; {EvalArguments.Usage}");
    return 2;
}

if (!Directory.Exists(arguments.Corpus))
{
    // CI runs this from a clone without the corpora too: that is a skip, not a failure.
    Console.WriteLine($"newsingest-eval: corpus folder '{arguments.Corpus}' not found; evaluation skipped");
    return 0;
}

// Today is pinned so "future date" checks give the same figures on every run; the corpora are dated 1987-2026.
// Reuters (1987) and 20 Newsgroups (1993) predate the product's default plausibility floor (1990).
var options = new ParseOptions { Today = new DateOnly(2026, 12, 31), EarliestPlausibleYear = 1980 };
// The duplicate engine is plugged in here once it is merged (ingest into a temp SQLite store, read the clusters).
IDuplicateFinder? finder = null;
var context = new EvaluationContext(arguments.Corpus, new ArticlePipeline(options), finder);

var rows = new List<MeasureRow>();
foreach (var evaluation in selected)
{
    var watch = Stopwatch.StartNew();
    rows.AddRange(evaluation.Run(context));
    Console.Error.WriteLine($"newsingest-eval: {evaluation.Name} scored in {watch.Elapsed.TotalSeconds:0.0} s");
}

Console.Write(arguments.Json ? ReportWriter.Json(rows) : ReportWriter.Table(rows));
return 0;
