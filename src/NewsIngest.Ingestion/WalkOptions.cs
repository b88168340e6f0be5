namespace NewsIngest.Ingestion;

/// <summary>How <see cref="ArticleFileWalker"/> treats what it finds inside folders.</summary>
public sealed record WalkOptions
{
    /// <summary>
    /// Whether symbolic links inside folders are followed. Off by default, as in ripgrep: a link in a shared folder can
    /// lead anywhere (<c>ln -s /etc/shadow art/x.txt</c>). A path the user names is followed either way.
    /// </summary>
    public bool FollowLinks { get; init; }
}
