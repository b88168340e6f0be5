using NewsIngest.Evaluation.Report;
using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Evaluation.Corpora.Html;

/// <summary>htmldate's "default" evaluation set: one labelled publication date per page.</summary>
public sealed class HtmldateEvaluation : ICorpusEvaluation
{
    private const string Corpus = "htmldate";

    public string Name => Corpus;

    public IEnumerable<MeasureRow> Run(EvaluationContext context)
    {
        var folder = context.PathOf("htmldate_eval");
        var rows = DuplicateLabels.Read(Path.Combine(folder, "index.tsv"));
        const string PathColumn = "html_path(relative to this dir)";
        const string LabelColumn = "date_label(htmldate)";
        var published = context.ParseEach(rows.Count, i => PageInput(folder, rows[i][PathColumn]), (_, article) => (Parsed: article is not null, article?.Published));
        var date = new Tally();
        var unlabelled = new Tally();
        for (var i = 0; i < rows.Count; i++)
        {
            var label = rows[i][LabelColumn];
            if (label.Length > 0)
            {
                date.Add(DateMatch.SameDay(label, published[i].Published), rows[i][PathColumn], label, published[i].Published);
            }
            else
            {
                // A page without a label expects no date at all.
                unlabelled.Add(published[i] is (true, null), rows[i][PathColumn], null, published[i].Published);
            }
        }

        var extra = unlabelled.Items == 0 ? "" : $"; {unlabelled.Items} unlabelled pages, {unlabelled.Right} rightly without a date";
        yield return new MeasureRow(Corpus, "date accuracy (day)", date.Accuracy, date.Items, QualityBars.HtmldateAccuracy,
            $"published day equals the label (no label: expects no date); published: htmldate's reported accuracy{extra}")
        {
            Misses = [.. date.Misses, .. unlabelled.Misses],
        };
    }

    /// <summary>The page's bytes, and a path ending in .html (the .gz dropped) so the pipeline routes it as HTML.</summary>
    internal static (string Path, byte[] Bytes) PageInput(string folder, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        var name = relative.EndsWith(".gz", StringComparison.Ordinal) ? relative[..^3] : relative;
        return ($"htmldate/{name.Replace("../", "", StringComparison.Ordinal)}", Gzip.ReadAll(full));
    }
}
