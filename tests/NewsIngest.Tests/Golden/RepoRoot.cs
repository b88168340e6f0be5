namespace NewsIngest.Tests.Golden;

/// <summary>The repository root: the nearest folder above the test binaries that holds <c>NewsIngest.sln</c>.</summary>
internal static class RepoRoot
{
    public static string Find()
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
