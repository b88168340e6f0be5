namespace NewsIngest.Ingestion;

/// <summary>
/// Names the real cause when a listed file cannot be read because it is a symbolic link that leads nowhere:
/// reading one fails with "file not found" or "too many levels of symbolic links", which blames the wrong thing.
/// </summary>
internal static class BrokenLink
{
    /// <summary>Why <paramref name="file"/> cannot be read as a link, or null when it is not a link or its target exists.</summary>
    public static string? Describe(FileInfo file)
    {
        if (file.LinkTarget is not { } target)
        {
            return null;
        }

        try
        {
            return file.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true }
                ? null
                : $"a symbolic link to {target}, which does not exist";
        }
        catch (IOException)
        {
            return $"a symbolic link to {target} that loops back on itself";
        }
    }
}
