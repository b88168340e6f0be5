namespace NewsIngest.Storage;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum FileType
{
    /// <summary>Nothing (or a link that leads nowhere).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A device, a named pipe or a socket: nothing NewsIngest may replace, truncate or put a journal beside.</summary>
    Special,

    /// <summary>The system would not say (no permission to look); opening it will tell.</summary>
    Unknown,
}
