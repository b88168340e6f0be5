namespace NewsIngest.Ingestion;

/// <summary>What a listed path turned out to be, with links followed. Only <see cref="Regular"/> files are opened.</summary>
public enum FileKind
{
    /// <summary>A regular file (or the platform cannot tell, and it looks like one).</summary>
    Regular,
    Directory,
    NamedPipe,
    Socket,
    CharacterDevice,
    BlockDevice,
}
