using System.Text.Json;
using NewsIngest.Evaluation.Report;
using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Evaluation.Corpora.Html;

/// <summary>Mozilla Readability's test pages: body shingle F1 against the expected content, and the labelled metadata.</summary>
public sealed class ReadabilityEvaluation : ICorpusEvaluation
{
    private const string Corpus = "readability";

    public string Name => Corpus;

    public IEnumerable<MeasureRow> Run(EvaluationContext context)
    {
        var pages = Directory.GetDirectories(context.PathOf("readability_testpages", "pages"))
            .Where(d => File.Exists(Path.Combine(d, "source.html")) && File.Exists(Path.Combine(d, "expected.html")))
            .Order(StringComparer.Ordinal)
            .ToList();
        var inputs = pages.Select(d => ($"readability/{Path.GetFileName(d)}/source.html", File.ReadAllBytes(Path.Combine(d, "source.html")))).ToList();
        var parsed = context.ParseAll(inputs);

        var bodies = new List<PrecisionRecall>();
        var title = new Tally();
        var byline = new Tally();
        var published = new Tally();
        for (var i = 0; i < pages.Count; i++)
        {
            var a = parsed[i];
            bodies.Add(ShingleF1.Score(HtmlText.Of(File.ReadAllText(Path.Combine(pages[i], "expected.html"))), a?.Body));
            var metaPath = Path.Combine(pages[i], "expected-metadata.json");
            if (!File.Exists(metaPath))
            {
                continue;
            }

            var meta = JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(metaPath));
            if (Reuters.ReutersTruth.Str(meta, "title") is { } t)
            {
                title.Add(TextMatch.Same(t, a?.Title));
            }

            if (Reuters.ReutersTruth.Str(meta, "byline") is { } b)
            {
                byline.Add(a is not null && AuthorMatch.FirstWithinByline(b, a.Authors));
            }

            if (Reuters.ReutersTruth.Str(meta, "publishedTime") is { } p)
            {
                published.Add(DateMatch.SameDay(p, a?.Published));
            }
        }

        var (averaged, meanF1) = ShingleF1.Summarise(bodies);
        const string Reference = "published: trafilatura on the ScrapingHub benchmark (Readability.js 0.947 there), not this set; the expected bodies here are Readability.js's own output";
        yield return new MeasureRow(Corpus, "body F1 of averaged P/R", averaged.F1, bodies.Count, QualityBars.TrafilaturaScrapingHubF1,
            $"4-word shingles, P {ReportWriter.Format(averaged.Precision)} R {ReportWriter.Format(averaged.Recall)} averaged per page; {Reference}");
        yield return new MeasureRow(Corpus, "body mean per-page F1", meanF1, bodies.Count, null, "4-word shingles, F1 per page then averaged");
        yield return new MeasureRow(Corpus, "title", title.Accuracy, title.Items, null, "normalised equality with expected-metadata title");
        yield return new MeasureRow(Corpus, "author", byline.Accuracy, byline.Items, null, "first author found inside the labelled byline (bylines are raw strings)");
        yield return new MeasureRow(Corpus, "published to the day", published.Accuracy, published.Items, null, "publishedTime's day as written");
    }
}
