using System.Text.Json;
using NewsIngest.Core.Model;
using NewsIngest.Evaluation.Report;
using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Evaluation.Corpora.Html;

/// <summary>trafilatura's evaluation pages: snippets that must and must not be in the body, and labelled title, author and date.</summary>
public sealed class TrafilaturaEvaluation : ICorpusEvaluation
{
    private const string Corpus = "trafilatura";

    public string Name => Corpus;

    public IEnumerable<MeasureRow> Run(EvaluationContext context)
    {
        var folder = context.PathOf("trafilatura_eval");
        var labels = JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(Path.Combine(folder, "evaldata.json")))
            .EnumerateObject()
            .Select(p => p.Value)
            .Where(v => Reuters.ReutersTruth.Str(v, "file") is { } f && File.Exists(Path.Combine(folder, "html", f + ".gz")))
            .OrderBy(v => v.GetProperty("file").GetString(), StringComparer.Ordinal)
            .ToList();
        var pages = context.ParseEach(
            labels.Count,
            i => Load(folder, labels[i].GetProperty("file").GetString()!),
            (i, article) => Judge(labels[i], article));

        var counts = pages.Aggregate(default(SnippetCounts), (sum, p) => sum + p.Snippets);
        var title = new Tally();
        var author = new Tally();
        var date = new Tally();
        for (var i = 0; i < pages.Length; i++)
        {
            var file = labels[i].GetProperty("file").GetString()!;
            title.Add(file, pages[i].Title);
            author.Add(file, pages[i].Author);
            date.Add(file, pages[i].Date);
        }

        var snippets = counts.TruePositives + counts.FalseNegatives + counts.FalsePositives + counts.TrueNegatives;
        yield return new MeasureRow(Corpus, "body snippet F1", counts.F1, snippets, QualityBars.TrafilaturaOwnEvalF1,
            $"P {ReportWriter.Format(counts.Precision)} R {ReportWriter.Format(counts.Recall)} accuracy {ReportWriter.Format(counts.Accuracy)} over must/must-not snippets of {labels.Count} pages; "
            + "published: trafilatura 1.2.2 on 750 of these pages (raw HTML scored 0.658 there)");
        yield return new MeasureRow(Corpus, "title", title.Accuracy, title.Items, null, "normalised equality") { Misses = title.Misses };
        yield return new MeasureRow(Corpus, "author", author.Accuracy, author.Items, null, "first author found inside the labelled author string") { Misses = author.Misses };
        yield return new MeasureRow(Corpus, "date to the day", date.Accuracy, date.Items, null, "labelled YYYY-MM-DD") { Misses = date.Misses };
    }

    /// <summary>The page's bytes under a path ending in .html (one upstream file name has no extension), so the pipeline routes it as HTML.</summary>
    private static (string Path, byte[] Bytes) Load(string folder, string file) =>
        ($"trafilatura/{(file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? file : file + ".html")}", Gzip.ReadAll(Path.Combine(folder, "html", file + ".gz")));

    private static PageJudgement Judge(JsonElement label, Article? a) => new(
        SnippetScorer.Score(a?.Body, Strings(label, "with"), Strings(label, "without")),
        Verdict.Of(Reuters.ReutersTruth.Str(label, "title"), a?.Title, t => TextMatch.Same(t, a?.Title)),
        Verdict.Of(Reuters.ReutersTruth.Str(label, "author"), a is null ? null : string.Join(" | ", a.Authors), au => a is not null && AuthorMatch.FirstWithinByline(au, a.Authors)),
        Verdict.Of(Reuters.ReutersTruth.Str(label, "date"), a?.Published, d => DateMatch.SameDay(d, a?.Published)));

    private static IEnumerable<string> Strings(JsonElement v, string name) =>
        v.TryGetProperty(name, out var arr) && arr.ValueKind == JsonValueKind.Array
            ? arr.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];

    /// <summary>One page's verdicts; a null verdict means the page carries no label for that field.</summary>
    private readonly record struct PageJudgement(SnippetCounts Snippets, Verdict Title, Verdict Author, Verdict Date);
}
