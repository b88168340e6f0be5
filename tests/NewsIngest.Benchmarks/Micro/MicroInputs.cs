using System.Text;
using NewsIngest.Benchmarks.Infrastructure;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Benchmarks.Micro;

/// <summary>
/// The inputs the micro-benchmarks run on, read from the repository's <c>seeds/</c> and <c>samples/</c>, plus one
/// full-length text article: the first text file of a generated corpus when <c>../shared</c> is there, else a fixture
/// stitched together from the seeds' bodies (so it is still a few kilobytes of real-looking prose).
/// </summary>
public static class MicroInputs
{
    private static readonly Lazy<(string Name, byte[] Bytes)[]> SeedFiles = new(() => Load(BenchPaths.Seeds, "*.txt"));
    private static readonly Lazy<(string Name, byte[] Bytes)[]> TextSampleFiles = new(() => Load(BenchPaths.Samples, "*.txt"));
    private static readonly Lazy<(string Name, byte[] Bytes)[]> HtmlSampleFiles = new(() => Load(BenchPaths.HtmlSamples, "*.html"));
    private static readonly Lazy<(string Name, byte[] Bytes)> LongArticleFile = new(FindLongArticle);

    public static (string Name, byte[] Bytes)[] Seeds => SeedFiles.Value;

    public static (string Name, byte[] Bytes)[] TextSamples => TextSampleFiles.Value;

    public static (string Name, byte[] Bytes)[] HtmlSamples => HtmlSampleFiles.Value;

    public static (string Name, byte[] Bytes) LongArticle => LongArticleFile.Value;

    /// <summary>The clean body of a parsed file: what the dedup stages see.</summary>
    public static string Body((string Name, byte[] Bytes) file) =>
        new ArticlePipeline().Parse(file.Name, file.Bytes) is ParseOutcome.Success success
            ? success.Article.Body
            : throw new InvalidOperationException($"{file.Name} does not parse, so it cannot feed a benchmark");

    private static (string Name, byte[] Bytes)[] Load(string folder, string pattern) =>
        [.. Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];

    private static (string Name, byte[] Bytes) FindLongArticle()
    {
        var corpus = GeneratedCorpus.Make(200, htmlRate: 0);
        if (corpus is not null)
        {
            var file = GeneratedCorpus.Files(corpus, ".txt")[0];
            return (Path.GetFileName(file), File.ReadAllBytes(file));
        }

        var text = new StringBuilder("Harbour council weighs new bridge plan\n\ndate 2025-10-31\n\n");
        foreach (var seed in Seeds)
        {
            text.Append(Body(seed)).Append("\n\n");
        }

        return ("fixture-from-seeds.txt", Encoding.UTF8.GetBytes(text.ToString()));
    }
}
