using System.Text;
using NewsIngest.Core.Model;
using NewsIngest.Evaluation.Duplicates;
using NewsIngest.Evaluation.Report;
using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Evaluation.Corpora.Reuters;

/// <summary>Reuters-21578: wire-text parsing (date, title, dateline, author, sign-off) and duplicate traps.</summary>
public sealed class ReutersEvaluation : ICorpusEvaluation
{
    private const string Corpus = "reuters";

    public string Name => Corpus;

    public IEnumerable<MeasureRow> Run(EvaluationContext context)
    {
        var folder = context.PathOf("reuters21578");
        var truth = ReutersTruth.Load(Path.Combine(folder, "ground_truth.jsonl.gz"));
        var docs = Directory.GetFiles(Path.Combine(folder, "original"), "reut2-*.sgm")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => ReutersSgml.Split(File.ReadAllText(f, Encoding.Latin1)))
            .ToList();
        var withBody = docs.Where(d => d.Body is not null).ToList();
        var judged = context.ParseEach(
            withBody.Count,
            i => ($"reuters/{withBody[i].NewId}.txt", Encoding.UTF8.GetBytes(WireRenderer.Render(withBody[i]))),
            (i, article) => truth.TryGetValue(withBody[i].NewId, out var t) ? Judge(t, article) : (ArticleJudgement?)null);

        var date = new Tally();
        var title = new Tally();
        var dateline = new Tally();
        var author = new Tally();
        var signoff = new Tally();
        var bodies = new List<PrecisionRecall>();
        foreach (var j in judged.OfType<ArticleJudgement>())
        {
            date.Add(j.Date);
            title.Add(j.Title);
            dateline.Add(j.Dateline);
            author.Add(j.Author);
            signoff.Add(j.Signoff);
            if (j.Body is { } b)
            {
                bodies.Add(b);
            }
        }

        var missingTruth = judged.Count(j => j is null);
        // The splitter is checked against the independent ground truth, so a splitter bug cannot pass as a parser bug.
        var agree = withBody.Count(d => truth.TryGetValue(d.NewId, out var t) && t.Title == d.Title && t.Dateline == d.Dateline && t.Author == d.Author && t.BodyRaw?.Trim() == d.Body?.Trim());
        var gap = missingTruth == 0 ? "" : $"; {missingTruth} articles without a truth record skipped";
        var failed = judged.Count(j => j is { Parsed: false });
        var failures = failed == 0 ? "" : $"; {failed} parse failures count as wrong";
        yield return Row("date to the day", date, $"articles with a body (NORM BODY, or the whole TEXT of UNPROC), rendered as wire text; splitter agrees with the truth (title, dateline, author, body) on {agree}/{withBody.Count}{failures}{gap}");
        yield return Row("title", title, "normalised equality (case, spacing)");
        yield return Row("dateline place", dateline, "place from DATELINE; full place or its first part (city)");
        yield return Row("author", author, "every name of AUTHOR (without 'By' and ', Reuters') among the authors");
        yield return Row("sign-off removed", signoff, "body does not end with the sign-off and the boilerplate list holds it");
        var (averaged, _) = ShingleF1.Summarise(bodies);
        yield return new MeasureRow(Corpus, "body F1 of averaged P/R", averaged.F1, bodies.Count, null,
            $"4-word shingles against body_clean (no dateline, no sign-off): P {ReportWriter.Format(averaged.Precision)} R {ReportWriter.Format(averaged.Recall)}");
        foreach (var row in Duplicates(context, docs, folder))
        {
            yield return row;
        }
    }

    private static ArticleJudgement Judge(ReutersTruth t, Article? a) => new(
        a is not null,
        t.DateIso is null ? null : DateMatch.SameDay(t.DateIso, a?.Published),
        t.Title is null ? null : TextMatch.Same(t.Title, a?.Title),
        t.Dateline is null ? null : DatelinePlace.Matches(t.Dateline, a?.Dateline),
        t.Author is null ? null : a is not null && AuthorMatch.AllNamed(AuthorNames(t.Author), a.Authors),
        t.Signoff is null ? null : a is not null && SignOffRemoved(a, t.Signoff),
        t.BodyClean is null ? null : ShingleF1.Score(t.BodyClean, a?.Body));

    /// <summary>The "Reuter" sign-off is gone from the body's end and recorded as removed boilerplate.</summary>
    public static bool SignOffRemoved(Article article, string signoff)
    {
        var body = article.Body.TrimEnd();
        var stillThere = body.EndsWith(signoff, StringComparison.OrdinalIgnoreCase)
            && (body.Length == signoff.Length || !char.IsLetterOrDigit(body[^(signoff.Length + 1)]));
        var recorded = article.Boilerplate.Any(b => string.Equals(b.Text.Trim(), signoff, StringComparison.OrdinalIgnoreCase));
        return !stillThere && recorded;
    }

    /// <summary>"By Donald Nordberg and Michael Shields" and "By Janie Gabbett, Reuters" as person names, the outlet dropped.</summary>
    public static IReadOnlyList<string> AuthorNames(string author) =>
        [.. AuthorMatch.SplitNames(author).Where(n => !n.StartsWith("Reuter", StringComparison.OrdinalIgnoreCase))];

    private static IEnumerable<MeasureRow> Duplicates(EvaluationContext context, List<ReutersDocument> docs, string folder)
    {
        var labels = DuplicateLabels.Read(Path.Combine(folder, "duplicates.tsv"));
        var templates = Pairs(labels, "template-recurrence?");
        var same = Pairs(labels, "same-story");
        if (context.Duplicates is null)
        {
            yield return new MeasureRow(Corpus, "dup: recurring templates kept apart", null, templates.Count, QualityBars.DuplicatePrecision, QualityBars.NoFinder);
            yield return new MeasureRow(Corpus, "dup: same-story recall", null, same.Count, QualityBars.DuplicateRecall, QualityBars.NoFinder);
            yield break;
        }

        var eval = docs.Select(d => new EvalDocument(d.NewId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"reuters/{d.NewId}.txt", Encoding.UTF8.GetBytes(WireRenderer.Render(d)))).ToList();
        var found = context.Duplicates.Find(eval);
        yield return new MeasureRow(Corpus, "dup: recurring templates kept apart", PairScorer.ShareApart(found, templates), templates.Count, QualityBars.DuplicatePrecision,
            "share of template-recurrence? pairs (different events that look alike) not clustered; labels are heuristic")
        {
            Misses = PairScorer.Wrong(found, templates, together: false),
        };
        yield return new MeasureRow(Corpus, "dup: same-story recall", PairScorer.ShareTogether(found, same), same.Count, QualityBars.DuplicateRecall,
            "share of same-story pairs clustered together; all 21,578 documents ingested")
        {
            Misses = PairScorer.Wrong(found, same, together: true),
        };
    }

    private static List<DuplicatePair> Pairs(IReadOnlyList<IReadOnlyDictionary<string, string>> labels, string label) =>
        [.. labels.Where(r => r["heuristic_label"] == label).Select(r => DuplicatePair.Of(r["newid_a"], r["newid_b"]))];

    private static MeasureRow Row(string measure, Tally tally, string note) =>
        new(Corpus, measure, tally.Accuracy, tally.Items, null, note);

    /// <summary>One article's verdicts; null where the truth has no label for that field.</summary>
    private readonly record struct ArticleJudgement(bool Parsed, bool? Date, bool? Title, bool? Dateline, bool? Author, bool? Signoff, PrecisionRecall? Body);
}
