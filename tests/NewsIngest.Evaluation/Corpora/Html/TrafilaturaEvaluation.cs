using System.Text.Json;
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
        var inputs = labels.Select(v => v.GetProperty("file").GetString()!)
            .Select(f => ($"trafilatura/{f}", Gzip.ReadAll(Path.Combine(folder, "html", f + ".gz"))))
            .ToList();
        var parsed = context.ParseAll(inputs);

        var counts = default(SnippetCounts);
        var title = new Tally();
        var author = new Tally();
        var date = new Tally();
        for (var i = 0; i < labels.Count; i++)
        {
            var v = labels[i];
            var a = parsed[i];
            counts += SnippetScorer.Score(a?.Body, Strings(v, "with"), Strings(v, "without"));
            if (Reuters.ReutersTruth.Str(v, "title") is { } t)
            {
                title.Add(TextMatch.Same(t, a?.Title));
            }

            if (Reuters.ReutersTruth.Str(v, "author") is { } au)
            {
                author.Add(a is not null && AuthorMatch.FirstWithinByline(au, a.Authors));
            }

            if (Reuters.ReutersTruth.Str(v, "date") is { } d)
            {
                date.Add(DateMatch.SameDay(d, a?.Published));
            }
        }

        var snippets = counts.TruePositives + counts.FalseNegatives + counts.FalsePositives + counts.TrueNegatives;
        yield return new MeasureRow(Corpus, "body snippet F1", counts.F1, snippets, null,
            $"P {ReportWriter.Format(counts.Precision)} R {ReportWriter.Format(counts.Recall)} accuracy {ReportWriter.Format(counts.Accuracy)} over must/must-not snippets of {labels.Count} pages; trafilatura's own figure on this set is not pinned in the provenance");
        yield return new MeasureRow(Corpus, "title", title.Accuracy, title.Items, null, "normalised equality");
        yield return new MeasureRow(Corpus, "author", author.Accuracy, author.Items, null, "first author found inside the labelled author string");
        yield return new MeasureRow(Corpus, "date to the day", date.Accuracy, date.Items, null, "labelled YYYY-MM-DD");
    }

    private static IEnumerable<string> Strings(JsonElement v, string name) =>
        v.TryGetProperty(name, out var arr) && arr.ValueKind == JsonValueKind.Array
            ? arr.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];
}
