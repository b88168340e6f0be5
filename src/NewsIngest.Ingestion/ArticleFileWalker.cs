namespace NewsIngest.Ingestion;

/// <summary>
/// Lists the article files under the paths a user gives: files as given, folders recursively in ordinal order
/// (so ids come out the same on every run), hidden files and folders skipped, links inside folders left alone unless
/// asked for (then each folder is listed once at most, so a link loop ends instead of spinning), unreadable folders
/// reported.
/// </summary>
public static class ArticleFileWalker
{
    private static readonly string[] Extensions = [".txt", ".text", ".txt.gz", ".text.gz", ".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".shtml.gz", ".warc", ".warc.gz"];

    // Files a dataset or a project ships beside its data, named without an extension as a newsgroup message is: a
    // licence read as an article would sit in the corpus among the stories.
    private static readonly HashSet<string> ProjectFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "LICENSE", "LICENCE", "COPYING", "NOTICE", "README", "CHANGELOG", "CHANGES", "AUTHORS", "CONTRIBUTORS", "INSTALL",
        "VERSION", "MANIFEST", "Makefile", "Dockerfile",
    };

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        // An unreadable folder is reported, not passed over in silence.
        IgnoreInaccessible = false,
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
            return !ProjectFiles.Contains(name);
        }

        return Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The files to read, each once, in a stable order. A path given explicitly is taken whatever its name.</summary>
    public static IEnumerable<string> Walk(IEnumerable<string> roots) => List(roots, new WalkOptions()).Files;

    /// <summary>
    /// The files to read, the folders that could not be listed, and the links left alone. A path given explicitly is
    /// taken whatever its name and followed if it is a link; inside folders, links are followed only with
    /// <see cref="WalkOptions.FollowLinks"/>, and a folder reached twice (a link loop) is listed once.
    /// </summary>
    public static FileListing List(IEnumerable<string> roots, WalkOptions options)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        var walk = new DirectoryWalk(options.FollowLinks, options.NotCounted);
        foreach (var root in roots)
        {
            if (File.Exists(root))
            {
                if (seen.Add(System.IO.Path.GetFullPath(root)))
                {
                    files.Add(root);
                }

                continue;
            }

            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in walk.Files(root))
            {
                if (seen.Add(System.IO.Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        return new FileListing(files, walk.Unreadable, walk.SkippedLinks) { OtherFiles = new OtherFiles(walk.Others) };
    }

    private sealed class DirectoryWalk(bool followLinks, IReadOnlySet<string> notCounted)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public List<UnreadableFolder> Unreadable { get; } = [];

        public int SkippedLinks { get; private set; }

        /// <summary>Files in the folders not read for their name, by extension (".png").</summary>
        public Dictionary<string, int> Others { get; } = new(StringComparer.Ordinal);

        public IEnumerable<string> Files(string root)
        {
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var directory = pending.Pop();
                if (!_visited.Add(RealPath(directory)))
                {
                    continue;
                }

                if (Entries(directory) is not { } entries)
                {
                    continue;
                }

                var files = new List<string>();
                var subdirectories = new List<string>();
                foreach (var entry in entries)
                {
                    if (!followLinks && entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    {
                        SkippedLinks += entry is DirectoryInfo || IsArticleFileName(entry.Name) ? 1 : 0;
                        continue;
                    }

                    (entry is DirectoryInfo ? subdirectories : files).Add(System.IO.Path.Combine(directory, entry.Name));
                }

                files.Sort(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var name = System.IO.Path.GetFileName(file);
                    if (!IsArticleFileName(name))
                    {
                        if (!name.StartsWith('.') && !notCounted.Contains(System.IO.Path.GetFullPath(file)))
                        {
                            var extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
                            var kind = extension.Length == 0 ? name : extension;
                            Others[kind] = Others.GetValueOrDefault(kind) + 1;
                        }
                    }
                    else
                    {
                        yield return Display(file);
                    }
                }

                subdirectories.Sort(StringComparer.Ordinal);
                for (var i = subdirectories.Count - 1; i >= 0; i--)
                {
                    if (!System.IO.Path.GetFileName(subdirectories[i]).StartsWith('.'))
                    {
                        pending.Push(subdirectories[i]);
                    }
                }
            }
        }

        /// <summary>The folder's entries; null (and the folder noted as unreadable) when it cannot be listed.</summary>
        private List<FileSystemInfo>? Entries(string directory)
        {
            try
            {
                return [.. new DirectoryInfo(directory).EnumerateFileSystemInfos("*", OneLevel)];
            }
            catch (UnauthorizedAccessException)
            {
                Unreadable.Add(new UnreadableFolder(Display(directory), "cannot read the folder: permission denied"));
            }
            catch (IOException ex)
            {
                Unreadable.Add(new UnreadableFolder(Display(directory), $"cannot read the folder: {ex.Message.TrimEnd('.')}"));
            }

            return null;
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
