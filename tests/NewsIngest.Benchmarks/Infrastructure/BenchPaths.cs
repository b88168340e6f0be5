namespace NewsIngest.Benchmarks.Infrastructure;

/// <summary>
/// Where the benchmarks find their inputs: the repository (the folder holding <c>NewsIngest.sln</c>, found upwards
/// from the working directory or the binary) and the shared data folder beside the checkout (<c>../shared</c>, or
/// the nearest ancestor's <c>shared</c> for a worktree nested one level deeper).
/// </summary>
public static class BenchPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder (corpora and the corpus generator), or null when this machine has none.</summary>
    public static string? Shared { get; } = FindShared();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public static string Samples => Path.Combine(RepoRoot, "samples");

    public static string HtmlSamples => Path.Combine(RepoRoot, "samples", "html");

    /// <summary>A path under the shared folder, or null (after printing one line saying what is skipped) when it is missing.</summary>
    public static string? SharedOrSkip(string relative, string what)
    {
        var path = Shared is null ? null : Path.Combine(Shared, relative);
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
        {
            Console.WriteLine($"skip {what}: ../shared/{relative} is not there");
            return null;
        }

        return path;
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsIngest.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the NewsIngest checkout (no NewsIngest.sln above here)");
    }

    private static string? FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSINGEST_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        // ../shared first, as the brief and the bench script name it; then further up, for worktrees kept in a subfolder.
        for (var dir = new DirectoryInfo(RepoRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus")) || Directory.Exists(Path.Combine(candidate, "bench")))
            {
                return candidate;
            }
        }

        return null;
    }
}
