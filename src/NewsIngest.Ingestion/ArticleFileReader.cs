using System.Globalization;

namespace NewsIngest.Ingestion;

/// <summary>
/// The one way <c>ingest</c>, <c>parse</c> and <c>validate</c> read a listed file: look first, then read regular
/// files only, never more than the size limit. Named pipes, sockets, devices (also behind a link), folders,
/// vanished paths, broken links and files over the limit come back with a <see cref="FileRead.Problem"/> and are
/// never opened, so no listed path can block a command or make it read without end. Thread-safe.
/// </summary>
public static class ArticleFileReader
{
    /// <summary>The default size limit: the same for every command that reads article files.</summary>
    public const long DefaultMaxFileSize = 20L * 1024 * 1024;

    /// <summary>Looks at <paramref name="path"/> without opening it: its size and time, or why it will not be read.</summary>
    public static FileRead Look(string path)
    {
        if (FileTypes.TryRegular(path, out var size, out var modifiedUtc))
        {
            return new FileRead(path, size, Modified(modifiedUtc));
        }

        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return new FileRead(path, 0, "") { Problem = "file vanished before it could be read" };
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileRead(path, 0, "") { Problem = Reason(ex) };
        }

        var look = new FileRead(path, info.Length, Modified(info.LastWriteTimeUtc));
        return FileTypes.Of(path) is { } kind and not FileKind.Regular
            ? look with { Problem = $"{FileTypes.Describe(kind)}{Through(info)}, not a regular file: not read" }
            : look;
    }

    /// <summary>Looks at and reads <paramref name="path"/>.</summary>
    public static FileRead Read(string path, long limit) => Read(Look(path), limit);

    /// <summary>Reads a file already looked at, unless <see cref="Look"/> found a problem or it is over <paramref name="limit"/> bytes.</summary>
    public static FileRead Read(FileRead look, long limit)
    {
        ArgumentNullException.ThrowIfNull(look);
        if (look.Problem is not null)
        {
            return look;
        }

        if (look.Size > limit)
        {
            return look with { Problem = $"file is {look.Size:N0} bytes, over the {limit:N0}-byte limit (raise it with --max-file-size)" };
        }

        if (look.Size == 0)
        {
            // An empty file; or, where the type cannot be told, a pipe or device, which would block or never end.
            return look with { Bytes = [] };
        }

        try
        {
            var bytes = BoundedFileReader.Read(look.Path, limit);
            return bytes is null
                ? look with { Problem = $"file grew past the {limit:N0}-byte limit while it was read (raise it with --max-file-size)" }
                : look with { Bytes = bytes, Size = bytes.Length };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return look with { Problem = BrokenLink.Describe(new FileInfo(look.Path)) ?? Reason(ex) };
        }
    }

    /// <summary>A stream read to its end (standard input for <c>parse -</c>); null when it holds more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? Read(Stream stream, long limit) => BoundedFileReader.ReadRest(stream, [], limit);

    /// <summary>How a modification time is stored and compared: ISO 8601 UTC to the tick.</summary>
    internal static string Modified(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string Through(FileInfo info) => info.LinkTarget is { } target ? $" (through a link to {target})" : "";

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "file vanished before it could be read",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };
}
