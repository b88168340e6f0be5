using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using NewsIngest.Benchmarks.Infrastructure;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Benchmarks.Scenarios;

/// <summary>
/// Issue 8: HTML pages per second per core through <see cref="ArticlePipeline.Parse"/> (aim: 2,000), on the
/// readability test pages and on the HTML share of a generated corpus, with AngleSharp's bare parse of the same
/// pages in the same run as the floor.
/// </summary>
public static class HtmlScenario
{
    public static void Run(ScenarioArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Report.Header("html: pages per second on one core");
        using var pin = new OneCore();
        var testPages = BenchPaths.SharedOrSkip(Path.Combine("corpus", "readability_testpages", "pages"), "readability test pages");
        if (testPages is not null)
        {
            var pages = Directory.GetDirectories(testPages).Order(StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "source.html")).Where(File.Exists).ToList();
            Measure("readability test pages", pages);
        }

        var corpus = GeneratedCorpus.Make(args.Count ?? 2000);
        if (corpus is not null)
        {
            Measure("generated corpus, HTML share", GeneratedCorpus.Files(corpus, ".html"));
        }

        Console.WriteLine("target: >= 2,000 pages/s per core through the pipeline");
    }

    private static void Measure(string label, IReadOnlyList<string> paths)
    {
        var pages = paths.Select(p => (Path: p, Bytes: File.ReadAllBytes(p))).ToList();
        var bytes = pages.Sum(p => (long)p.Bytes.Length);
        var pipeline = new ArticlePipeline();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });

        // Warm-up on a few pages so both sides are measured with jitted code.
        foreach (var (path, content) in pages.Take(20))
        {
            pipeline.Parse(path, content);
            parser.ParseDocument(Encoding.UTF8.GetString(content)).Dispose();
        }

        var clock = Stopwatch.StartNew();
        foreach (var (_, content) in pages)
        {
            using var document = parser.ParseDocument(Encoding.UTF8.GetString(content));
        }

        Report.Print($"{label}: AngleSharp bare", pages.Count, bytes, clock.Elapsed);
        var bare = clock.Elapsed;

        // Twice: on one core the first pass runs partly on tier-0 JIT code (up to 14x slower in the dedup scenario).
        foreach (var pass in new[] { "first pass", "second pass" })
        {
            var empty = 0;
            clock.Restart();
            foreach (var (path, content) in pages)
            {
                empty += pipeline.Parse(path, content) is ParseOutcome.Success { Article.WordCount: > 0 } ? 0 : 1;
            }

            clock.Stop();
            Report.Print($"{label}: pipeline, {pass}", pages.Count, bytes, clock.Elapsed,
                $"x{clock.Elapsed / bare:F1} of bare; {empty} with no body");
        }
    }
}
