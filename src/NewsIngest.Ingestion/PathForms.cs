using NewsIngest.Storage;

namespace NewsIngest.Ingestion;

/// <summary>
/// A file is one file however its path was typed: an ingest stores each under its absolute, normalised path
/// (<c>seeds</c>, <c>./seeds/</c> and <c>/home/you/seeds</c> give the same rows), and repairs stores written before
/// that, whose rows may hold several spellings of one file.
/// </summary>
public static class PathForms
{
    /// <summary>
    /// The absolute form of <paramref name="path"/>: relative to the working folder, <c>.</c>, <c>..</c> and repeated
    /// separators resolved. Symbolic links are left as they are (a link is reported, or followed, by the walker).
    /// A WARC record's <c>#record</c> suffix is kept as it is.
    /// </summary>
    public static string Absolute(string path)
    {
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        return hash > 0 && !File.Exists(path)
            ? Path.GetFullPath(path[..hash]) + path[hash..]
            : Path.GetFullPath(path);
    }

    /// <summary>
    /// Stored paths that are other spellings of the files of this run: relative ones, read against the working folder,
    /// and absolute ones that are not normalised. A relative path stored from another working folder does not name
    /// a file of this run here, and is left alone.
    /// </summary>
    public static IReadOnlyList<PathSpellings> Respelled(IEnumerable<string> stored, IReadOnlyCollection<string> files)
    {
        var run = files as ISet<string> ?? new HashSet<string>(files, StringComparer.Ordinal);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in stored)
        {
            string absolute;
            try
            {
                absolute = Absolute(path);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                continue;
            }

            if (absolute != path && run.Contains(absolute))
            {
                if (!groups.TryGetValue(absolute, out var spellings))
                {
                    groups[absolute] = spellings = [];
                }

                spellings.Add(path);
            }
        }

        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new PathSpellings(g.Key, g.Value))];
    }
}
