namespace NewsIngest.Ingestion;

/// <summary>One listed path, looked at and (when it is a readable regular file within the limit) read.</summary>
/// <param name="Path">The path as listed.</param>
/// <param name="Size">Its size when looked at (then the bytes read), 0 when it could not be looked at.</param>
/// <param name="ModifiedUtc">Its modification time, ISO 8601 UTC to the tick, empty when unknown.</param>
public sealed record FileRead(string Path, long Size, string ModifiedUtc)
{
    /// <summary>The content; null when the file was not (or not yet) read.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>Why the file cannot be read, as one clause fit for <c>newsingest: PATH: reason</c>; null when it can.</summary>
    public string? Problem { get; init; }
}
