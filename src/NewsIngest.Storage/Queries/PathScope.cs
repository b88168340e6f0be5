namespace NewsIngest.Storage.Queries;

/// <summary>
/// The stored paths an <see cref="ArticleFilter.Path"/> keeps, as byte-ordered ranges every engine can answer from
/// its path index: the path itself, then everything under it as a folder ("PATH/…") and as a web archive ("PATH#…").
/// </summary>
public static class PathScope
{
    /// <summary>The path, and the lower and upper bounds (upper excluded) of its folder's and its archive's ranges.</summary>
    public static (string Exact, string FolderFrom, string FolderTo, string PagesFrom, string PagesTo) Of(string path)
    {
        var separator = System.IO.Path.DirectorySeparatorChar;
        var exact = path.Length > 1 ? path.TrimEnd(separator, System.IO.Path.AltDirectorySeparatorChar) : path;
        var folder = exact.EndsWith(separator) ? exact : exact + separator;
        return (exact, folder, folder[..^1] + (char)(separator + 1), exact + "#", exact + "$");
    }
}
