namespace NewsIngest.Ingestion;

/// <summary>How <see cref="ArticleFileWalker"/> treats what it finds inside folders.</summary>
public sealed record WalkOptions
{
    /// <summary>
    /// Whether symbolic links inside folders are followed. Off by default, as in ripgrep: a link in a shared folder can
    /// lead anywhere (<c>ln -s /etc/shadow art/x.txt</c>). A path the user names is followed either way.
    /// </summary>
    public bool FollowLinks { get; init; }

    /// <summary>
    /// Full paths of files that are not counted among the other files a folder holds (<see cref="OtherFiles"/>): the
    /// store's own database and journal files when it lives in a folder being read.
    /// </summary>
    public IReadOnlySet<string> NotCounted { get; init; } = new HashSet<string>();

    /// <summary>A SQLite store's file and the files SQLite keeps beside it; nothing for a PostgreSQL address.</summary>
    public static IReadOnlySet<string> StoreFiles(string db)
    {
        if (NewsIngest.Storage.StoreFactory.IsPostgres(db))
        {
            return new HashSet<string>();
        }

        var full = System.IO.Path.GetFullPath(db);
        return new HashSet<string>(StringComparer.Ordinal) { full, full + "-wal", full + "-shm", full + "-journal" };
    }
}
