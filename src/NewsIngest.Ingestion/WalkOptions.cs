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
    /// store's own files when it lives in a folder being read (<see cref="NewsIngest.Storage.StoreFactory.LocalFiles"/>).
    /// </summary>
    public IReadOnlySet<string> NotCounted { get; init; } = new HashSet<string>();
}
