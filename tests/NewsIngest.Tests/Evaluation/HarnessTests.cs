using NewsIngest.Core.Pipeline;
using NewsIngest.Evaluation;
using NewsIngest.Evaluation.Corpora;
using NewsIngest.Evaluation.Corpora.Bbc;
using NewsIngest.Evaluation.Duplicates;

namespace NewsIngest.Tests.Evaluation;

public sealed class HarnessTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newsingest-eval-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_missing_corpus_folder_prints_one_line_and_exits_0()
    {
        var output = new StringWriter();

        var code = Harness.Run(["--corpus", Path.Combine(_root, "nowhere")], output, new StringWriter(), null);

        Assert.Equal(0, code);
        Assert.Single(output.ToString().TrimEnd('\n').Split('\n'));
        Assert.Contains("not found", output.ToString());
    }

    [Fact]
    public void An_unknown_corpus_name_is_a_usage_error()
    {
        var log = new StringWriter();

        Assert.Equal(2, Harness.Run(["--only", "imdb"], new StringWriter(), log, null));
        Assert.Contains("unknown corpus 'imdb'", log.ToString());
    }

    [Fact]
    public void Duplicate_measures_print_n_a_until_a_finder_is_plugged_in()
    {
        WriteToyBbc();
        var output = new StringWriter();

        var code = Harness.Run(["--corpus", _root, "--only", "bbc", "--format", "json"], output, new StringWriter(), null);

        Assert.Equal(0, code);
        Assert.Contains("\"measure\": \"dup: pair precision\",\n    \"figure\": null", output.ToString());
    }

    [Fact]
    public void BBC_pairs_are_scored_through_the_finder_with_the_related_tier_ignored()
    {
        WriteToyBbc();
        // Found: the labelled pair (right), the related-version pair (ignored), and one unlabelled pair (wrong).
        var finder = new FixedFinder([DuplicatePair.Of("a/1.txt", "a/2.txt"), DuplicatePair.Of("a/3.txt", "a/4.txt"), DuplicatePair.Of("a/5.txt", "a/6.txt")]);
        var context = new EvaluationContext(_root, new ArticlePipeline(Harness.Options), finder);

        var rows = new BbcEvaluation().Run(context).ToDictionary(r => r.Measure);

        Assert.Equal(6, finder.Seen);
        Assert.Equal(0.5, rows["dup: pair precision"].Figure);
        Assert.Equal(2, rows["dup: pair precision"].Items);
        Assert.Equal(1.0, rows["dup: pair recall"].Figure);
        Assert.Equal(6, rows["title (first line)"].Items);
    }

    private void WriteToyBbc()
    {
        var folder = Path.Combine(_root, "bbc");
        Directory.CreateDirectory(Path.Combine(folder, "bbc", "a"));
        var manifest = new List<string> { "file\tsha1\tencoding\tbytes\twords\tdup_group\tfirst_line" };
        for (var i = 1; i <= 6; i++)
        {
            var title = $"Invented headline number {i}";
            File.WriteAllText(Path.Combine(folder, "bbc", "a", $"{i}.txt"), $"{title}\n\nA made-up paragraph for toy article {i}.\n");
            manifest.Add($"a/{i}.txt\t-\tutf-8\t0\t0\t\t{title}");
        }

        File.WriteAllLines(Path.Combine(folder, "manifest.tsv"), manifest);
        File.WriteAllLines(Path.Combine(folder, "duplicates.tsv"),
        [
            "file_a\tfile_b\ttier\tjaccard_word5\tcontainment\tsame_first_line\tfirst_line_a\tfirst_line_b",
            "a/1.txt\ta/2.txt\tnear-high\t0.95\t0.97\tno\tx\ty",
            "a/3.txt\ta/4.txt\trelated-version\t0.30\t0.40\tno\tx\ty",
        ]);
    }

    private sealed class FixedFinder(IReadOnlyList<DuplicatePair> pairs) : IDuplicateFinder
    {
        public int Seen { get; private set; }

        public IReadOnlyList<DuplicatePair> Find(IReadOnlyList<EvalDocument> docs)
        {
            Seen = docs.Count;
            return pairs;
        }
    }
}
