namespace NewsIngest.Ingestion;

/// <summary>
/// Lists the article files under the paths a user gives: files as given, folders recursively in ordinal order
/// (so ids come out the same on every run), hidden files and folders skipped, directory links followed once at most
/// (a link loop ends instead of spinning).
/// </summary>
public static class ArticleFileWalker
{
    private static readonly string[] Extensions = [".txt", ".text", ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".warc", ".warc.gz"];

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Whether a file name is one NewsIngest reads when it finds it in a folder.</summary>
    public static bool IsArticleFileName(string name)
    {
        if (name.StartsWith('.'))
        {
            return false;
        }

        if (!System.IO.Path.HasExtension(name))
        {
            return true;
        }

        return Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The files to read, each once, in a stable order. A path given explicitly is taken whatever its name.</summary>
    public static IEnumerable<string> Walk(IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var visitedDirectories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (File.Exists(root))
            {
                if (seen.Add(System.IO.Path.GetFullPath(root)))
                {
                    yield return root;
                }

                continue;
            }

            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in WalkDirectory(root, visitedDirectories))
            {
                if (seen.Add(System.IO.Path.GetFullPath(file)))
                {
                    yield return file;
                }
            }
        }
    }

    private static IEnumerable<string> WalkDirectory(string root, HashSet<string> visited)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (!visited.Add(RealPath(directory)))
            {
                continue;
            }

            string[] files;
            string[] subdirectories;
            try
            {
                files = Directory.GetFiles(directory, "*", OneLevel);
                subdirectories = Directory.GetDirectories(directory, "*", OneLevel);
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (IsArticleFileName(System.IO.Path.GetFileName(file)))
                {
                    yield return Display(file);
                }
            }

            Array.Sort(subdirectories, StringComparer.Ordinal);
            for (var i = subdirectories.Length - 1; i >= 0; i--)
            {
                if (!System.IO.Path.GetFileName(subdirectories[i]).StartsWith('.'))
                {
                    pending.Push(subdirectories[i]);
                }
            }
        }
    }

    private static string RealPath(string directory)
    {
        try
        {
            var info = new DirectoryInfo(directory);
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return System.IO.Path.GetFullPath(target?.FullName ?? info.FullName).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        }
        catch (IOException)
        {
            return System.IO.Path.GetFullPath(directory);
        }
    }

    private static string Display(string path) =>
        System.IO.Path.DirectorySeparatorChar == '/' ? path : path.Replace(System.IO.Path.DirectorySeparatorChar, '/');
}
