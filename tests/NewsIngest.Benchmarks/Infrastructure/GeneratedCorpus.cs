using System.Diagnostics;
using System.Globalization;

namespace NewsIngest.Benchmarks.Infrastructure;

/// <summary>
/// A corpus from <c>../shared/bench/make_corpus.py</c>, written once per size into the temp folder and reused (the
/// generator is deterministic, so a cached copy is the same corpus). Null when the generator or python3 is missing.
/// </summary>
public static class GeneratedCorpus
{
    /// <summary>The corpus root (with <c>docs/</c> and <c>ground_truth.tsv</c>), or null after printing why not.</summary>
    public static string? Make(int count, double htmlRate = 0.25)
    {
        var generator = BenchPaths.SharedOrSkip(Path.Combine("bench", "make_corpus.py"), "the generated corpus");
        if (generator is null)
        {
            return null;
        }

        var rate = htmlRate.ToString("0.##", CultureInfo.InvariantCulture);
        var root = Path.Combine(Path.GetTempPath(), $"newsingest-bench-corpus-{count}-html{rate}");
        if (File.Exists(Path.Combine(root, "manifest.json")))
        {
            return root;
        }

        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { generator, "--count", count.ToString(CultureInfo.InvariantCulture), "--html-rate", rate, "--out", root, "--force" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.WriteLine($"skip the generated corpus: make_corpus.py exited {process.ExitCode}: {error.Result.Trim()}");
                return null;
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.WriteLine($"skip the generated corpus: cannot start python3 ({ex.Message})");
            return null;
        }

        return root;
    }

    /// <summary>The corpus's article files in listing order (the order ingest uses).</summary>
    public static string[] Files(string root, string? extension = null) =>
        [.. Directory.EnumerateFiles(Path.Combine(root, "docs"), "*", SearchOption.AllDirectories)
            .Where(f => extension is null || f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
}
