using System.Diagnostics;
using NewsIngest.Benchmarks.Infrastructure;
using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Core.Dedup;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Validation;
using NewsIngest.Ingestion;

namespace NewsIngest.Benchmarks.Scenarios;

/// <summary>
/// Issue 7: <c>newsingest validate</c> over the BBC corpus (1,313 articles) under 3 s on 2 cores, run in process
/// through <see cref="NewsIngestCli.Run"/>. Twice: the first run pays for JIT as a user's fresh process would.
/// </summary>
public static class ValidateBbcScenario
{
    public static void Run(ScenarioArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var corpus = BenchPaths.SharedOrSkip(Path.Combine("corpus", "bbc", "bbc"), "validate-bbc");
        if (corpus is null)
        {
            return;
        }

        var files = ArticleFileWalker.Walk([corpus]).ToList();
        var bytes = Ingest.Bytes(files);
        Report.Header($"validate-bbc: {files.Count} files");
        foreach (var pass in new[] { "first run (cold JIT)", "second run (warm)" })
        {
            var output = new StringWriter();
            var context = new CliContext { Output = output, Error = new StringWriter() };
            var clock = Stopwatch.StartNew();
            var exit = NewsIngestCli.Run(["validate", corpus], context);
            clock.Stop();
            var summary = output.ToString().TrimEnd().Split('\n')[^1];
            Report.Print($"validate, {pass}", files.Count, bytes, clock.Elapsed, $"exit {exit}: {summary}");
        }

        Breakdown(files, bytes);
        Console.WriteLine("target: under 3 s for the whole corpus on 2 cores");
    }

    /// <summary>Where validate's time goes: the parallel parse and checks, then the single-threaded copy search.</summary>
    private static void Breakdown(List<string> files, long bytes)
    {
        var pipeline = new ArticlePipeline();
        var outcomes = new ParseOutcome[files.Count];
        var findings = new int[files.Count];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, files.Count, i =>
        {
            var content = File.ReadAllBytes(files[i]);
            outcomes[i] = pipeline.Parse(files[i], content);
            findings[i] = ArticleValidator.Check(files[i], content, outcomes[i]).Count;
        });
        Report.Print("  of which: read + parse + check (parallel)", files.Count, bytes, clock.Elapsed, $"{findings.Sum()} findings");

        var articles = new List<(string Body, ClusterMember Member)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (outcomes[i] is ParseOutcome.Success { Article: { WordCount: > 0 } article })
            {
                articles.Add((article.Body, new ClusterMember(i, article.WordCount, 0, article.Published, files[i])));
            }
        }

        clock.Restart();
        var index = InMemoryDuplicateIndex.Detect(articles);
        Report.Print("  of which: copies within the run (1 thread)", files.Count, bytes, clock.Elapsed,
            $"{index.Pairs().Count} confirmed pairs");
    }
}
