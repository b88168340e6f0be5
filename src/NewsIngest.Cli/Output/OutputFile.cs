using System.Security.Cryptography;
using System.Text;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Output;

/// <summary>
/// Writes <c>--output FILE</c> so that a failed or interrupted export never leaves half a file, and so that the
/// folder it is written in cannot turn the write against the user: the temporary file gets an unpredictable name and
/// is created exclusively (a link or file planted under that name makes the create fail, it is never followed or
/// opened), then renamed over the target. Only a regular file is ever replaced; a device or a pipe
/// (<c>/dev/null</c>, <c>/dev/stdout</c>, a FIFO) is written in place, as <c>cp</c> does, and stays what it was. An
/// existing file keeps its permissions.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Runs <paramref name="write"/> against the file and returns what it returned.</summary>
    /// <exception cref="UsageException">The file cannot be written: the message names it and the cause.</exception>
    public static int Write(string file, Func<TextWriter, int> write, CancellationToken cancellation) =>
        WriteBytes(file, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
            var count = write(writer);
            writer.Flush();
            return count;
        }, regularFileOnly: false, cancellation);

    /// <summary>
    /// Runs <paramref name="write"/> against the file's bytes. A <paramref name="regularFileOnly"/> format (Parquet: a
    /// binary file whose writer has only been tried on regular files) refuses a pipe or device with a clear message.
    /// </summary>
    /// <exception cref="UsageException">The file cannot be written: the message names it and the cause.</exception>
    public static int WriteBytes(string file, Func<Stream, int> write, bool regularFileOnly, CancellationToken cancellation)
    {
        var full = Path.GetFullPath(file);
        switch (FileTypes.Of(full))
        {
            case FileType.Directory:
                throw new UsageException($"--output {file} is a folder: give a file name");
            case FileType.Special when regularFileOnly:
                throw new UsageException($"--output {file} is not a regular file: a Parquet export is written to a file, so give a file name");
            case FileType.Special:
                return InPlace(file, full, write);
        }

        var target = FinalTarget(file, full);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"cannot write {file}: the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.partial");
        try
        {
            int count;
            using (var stream = new FileStream(temporary, CreateOptions(target)))
            {
                if (!OperatingSystem.IsWindows() && File.Exists(target))
                {
                    // The create mode was narrowed by the umask; the file being replaced says what it should be.
                    File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(target));
                }

                count = write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (cancellation.IsCancellationRequested)
            {
                TryDelete(temporary);
            }
            else
            {
                File.Move(temporary, target, overwrite: true);
            }

            return count;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new UsageException($"cannot write {file}: {Reason(ex)}", ex);
        }
    }

    /// <summary>Through a link, the file it leads to is replaced, not the link: the name the user gave keeps working.</summary>
    private static string FinalTarget(string file, string full)
    {
        try
        {
            var info = new FileInfo(full);
            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException ex)
        {
            throw new UsageException($"cannot write {file}: {Reason(ex)}", ex);
        }
    }

    private static FileStreamOptions CreateOptions(string target)
    {
        // Read and write: the Parquet library is handed a stream it may read as well as write. The file is new and
        // private until renamed.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            // Never wider than the file it replaces, not even for the moment before the mode is set exactly.
            options.UnixCreateMode = File.GetUnixFileMode(target) & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
        }

        return options;
    }

    private static int InPlace(string file, string full, Func<Stream, int> write)
    {
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            return write(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {file}: {Reason(ex)}", ex);
        }
    }

    /// <summary>The system's reason without the path .NET appends (the message names the file as the user gave it).</summary>
    private static string Reason(Exception ex)
    {
        var message = ex.Message;
        var quoted = message.IndexOf(" : '", StringComparison.Ordinal);
        return (quoted > 0 ? message[..quoted] : message).TrimEnd('.');
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the error that brought us here is the one to report.
        }
    }
}
