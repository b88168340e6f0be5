using System.Text.Json;
using NewsIngest.Core.Model;
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
        var judged = context.ParseEach(
            pages.Count,
            i => ($"readability/{Path.GetFileName(pages[i])}/source.html", File.ReadAllBytes(Path.Combine(pages[i], "source.html"))),
            (i, article) => Judge(pages[i], article));

        var title = new Tally();
        var byline = new Tally();
        var published = new Tally();
        for (var i = 0; i < judged.Length; i++)
        {
            var page = Path.GetFileName(pages[i]);
            title.Add(page, judged[i].Title);
            byline.Add(page, judged[i].Byline);
            published.Add(page, judged[i].Published);
        }

        var (averaged, meanF1) = ShingleF1.Summarise([.. judged.Select(p => p.Body)]);
        const string Reference = "published: trafilatura on the ScrapingHub benchmark (Readability.js 0.947 there), not this set; the expected bodies here are Readability.js's own output";
        yield return new MeasureRow(Corpus, "body F1 of averaged P/R", averaged.F1, judged.Length, QualityBars.TrafilaturaScrapingHubF1,
            $"4-word shingles, P {ReportWriter.Format(averaged.Precision)} R {ReportWriter.Format(averaged.Recall)} averaged per page; {Reference}");
        yield return new MeasureRow(Corpus, "body mean per-page F1", meanF1, judged.Length, null, "4-word shingles, F1 per page then averaged");
        yield return new MeasureRow(Corpus, "title", title.Accuracy, title.Items, null, "normalised equality with expected-metadata title") { Misses = title.Misses };
        yield return new MeasureRow(Corpus, "author", byline.Accuracy, byline.Items, null, "first author found inside the labelled byline (bylines are raw strings)") { Misses = byline.Misses };
        yield return new MeasureRow(Corpus, "published to the day", published.Accuracy, published.Items, null, "publishedTime's day as written") { Misses = published.Misses };
    }

    private static PageJudgement Judge(string page, Article? a)
    {
        var body = ShingleF1.Score(HtmlText.Of(File.ReadAllText(Path.Combine(page, "expected.html"))), a?.Body);
        var metaPath = Path.Combine(page, "expected-metadata.json");
        if (!File.Exists(metaPath))
        {
            return new PageJudgement(body, Verdict.Unlabelled, Verdict.Unlabelled, Verdict.Unlabelled);
        }

        var meta = JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(metaPath));
        return new PageJudgement(
            body,
            Verdict.Of(Reuters.ReutersTruth.Str(meta, "title"), a?.Title, t => TextMatch.Same(t, a?.Title)),
            Verdict.Of(Reuters.ReutersTruth.Str(meta, "byline"), a is null ? null : string.Join(" | ", a.Authors), b => a is not null && AuthorMatch.FirstWithinByline(b, a.Authors)),
            Verdict.Of(Reuters.ReutersTruth.Str(meta, "publishedTime"), a?.Published, p => DateMatch.SameDay(p, a?.Published)));
    }

    /// <summary>One page's verdicts; a null verdict means the page carries no label for that field.</summary>
    private readonly record struct PageJudgement(PrecisionRecall Body, Verdict Title, Verdict Byline, Verdict Published);
}
