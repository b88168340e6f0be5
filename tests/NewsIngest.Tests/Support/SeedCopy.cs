namespace NewsIngest.Tests.Support;

public static class SeedCopy
{
    /// <summary>Copies the repository's seed articles into <paramref name="folder"/>/seeds and returns that path.</summary>
    public static string Into(TempFolder folder)
    {
        var target = folder.File("seeds");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
