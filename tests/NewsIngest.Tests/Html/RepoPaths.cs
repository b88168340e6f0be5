namespace NewsIngest.Tests.Html;

/// <summary>Finds files of the repository from the test's output folder, by walking up to the solution file.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsIngest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
