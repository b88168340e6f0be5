using System.Diagnostics;
using NewsIngest.Benchmarks.Infrastructure;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Benchmarks.Scenarios;

/// <summary>
/// Issue 3: parse 10,000 seed-sized files on one core, under 1 s per thousand. The files are copies of the seeds
/// under varied names in a temp folder; the baseline is reading the same files without parsing them.
/// </summary>
public static class ParseScenario
{
    public static void Run(ScenarioArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var count = args.Count ?? 10_000;
        Report.Header($"parse: {count} seed copies, one core");
        using var temp = new TempDirectory("parse", args.Keep);
        var files = WriteCopies(temp.Path, count);
        var bytes = Ingest.Bytes(files);
        var pipeline = new ArticlePipeline();
        using var pin = new OneCore();

        // Warm-up: JIT and the parser's tables, so the timed pass measures steady-state parsing.
        foreach (var file in files.Take(200))
        {
            pipeline.Parse(file, File.ReadAllBytes(file));
        }

        var clock = Stopwatch.StartNew();
        long read = 0;
        foreach (var file in files)
        {
            read += File.ReadAllBytes(file).Length;
        }

        var readTime = clock.Elapsed;
        Report.Print("read only (baseline)", files.Count, read, readTime);

        // Twice: on one core the first pass runs partly on tier-0 JIT code; the second shows the steady state.
        foreach (var pass in new[] { "first pass", "second pass" })
        {
            var failed = 0;
            clock.Restart();
            foreach (var file in files)
            {
                failed += pipeline.Parse(file, File.ReadAllBytes(file)) is ParseOutcome.Success ? 0 : 1;
            }

            var parseTime = clock.Elapsed;
            Report.Print($"read + ArticlePipeline.Parse, {pass}", files.Count, bytes, parseTime, $"failed {failed}");
            Console.WriteLine($"ms per 1,000 files, {pass}: {parseTime.TotalMilliseconds * 1000 / files.Count:F0} (target < 1000); reading alone {readTime.TotalMilliseconds * 1000 / files.Count:F0}");
        }
    }

    /// <summary>Copies of the seeds round-robin, 1,000 to a folder, each name different as in a real drop.</summary>
    private static List<string> WriteCopies(string root, int count)
    {
        var seeds = Directory.GetFiles(BenchPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var folder = Path.Combine(root, $"batch-{i / 1000:D3}");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"story-{i:D6}-{(uint)(i * 2654435761u):x8}.txt");
            File.WriteAllBytes(path, seeds[i % seeds.Length]);
            files.Add(path);
        }

        return files;
    }
}
