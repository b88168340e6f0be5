namespace NewsIngest.Ingestion;

/// <summary>What <see cref="ArticleFileWalker.List"/> found under the paths a user gave.</summary>
/// <param name="Files">The files to read, each once, in a stable order.</param>
/// <param name="Unreadable">Folders that could not be listed, with the reason: each is a failure to report.</param>
/// <param name="SkippedLinks">Symbolic links met inside folders and not followed (see <see cref="WalkOptions.FollowLinks"/>).</param>
public sealed record FileListing(IReadOnlyList<string> Files, IReadOnlyList<UnreadableFolder> Unreadable, int SkippedLinks)
{
    /// <summary>Files inside the folders that were not read because their names are not an article's.</summary>
    public OtherFiles OtherFiles { get; init; } = OtherFiles.None;
}

/// <summary>A folder that could not be listed, and why.</summary>
public sealed record UnreadableFolder(string Path, string Reason);
