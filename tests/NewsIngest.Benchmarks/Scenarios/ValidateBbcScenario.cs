using System.Diagnostics;
using NewsIngest.Benchmarks.Infrastructure;
using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Storage.Ingestion;

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

        Console.WriteLine("target: under 3 s for the whole corpus on 2 cores");
    }
}
