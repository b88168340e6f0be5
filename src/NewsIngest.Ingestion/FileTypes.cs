using System.Runtime.InteropServices;

namespace NewsIngest.Ingestion;

/// <summary>
/// The type of a path from the file system, before anything opens it: opening a named pipe for reading blocks
/// until a writer comes, and a device may never end. On Linux through <c>statx</c>, whose layout is the same on
/// every architecture; elsewhere (or on a kernel without it) the type is unknown and callers fall back on the
/// zero size that pipes, sockets and devices report.
/// </summary>
internal static class FileTypes
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint TypeMask = 0x1; // STATX_TYPE
    private const int ModeOffset = 28; // struct statx: stx_mode, after mask, blksize, attributes, nlink, uid, gid
    private const int StatxSize = 256;

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>The kind of what <paramref name="path"/> leads to (links followed), or null when it cannot be told.</summary>
    public static FileKind? Of(string path)
    {
        if (_unavailable)
        {
            return null;
        }

        var buffer = new byte[StatxSize];
        try
        {
            // The path as the C string the kernel takes: UTF-8, ending in a zero byte.
            var name = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
            System.Text.Encoding.UTF8.GetBytes(path, name);
            if (Statx(CurrentDirectory, name, 0, TypeMask, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
            return null;
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.NamedPipe,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => null,
        };
    }

    /// <summary>How a report names a kind that is not read.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "a regular file",
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}
