using System.Runtime.InteropServices;

namespace NewsIngest.Storage;

/// <summary>
/// Tells regular files from devices and pipes, which .NET's file APIs do not: <c>/dev/null</c>, a FIFO and an empty
/// file all look like an existing file of length 0. On Linux this asks the kernel (<c>statx</c>, whose layout is the
/// same on every architecture); elsewhere only files and folders are told apart.
/// </summary>
public static class FileTypes
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularBits = 0x8000;
    private const int DirectoryBits = 0x4000;
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;
    private const int LinkLoop = 40;

    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    public static FileType Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Directory.Exists(path) ? FileType.Directory : File.Exists(path) ? FileType.Regular : FileType.Missing;
        }

        var buffer = new byte[256];
        var name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        if (Statx(AtFdCwd, name, 0, StatxType, buffer) != 0)
        {
            return Marshal.GetLastPInvokeError() is NoSuchFile or NotADirectory or LinkLoop ? FileType.Missing : FileType.Unknown;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
        {
            RegularBits => FileType.Regular,
            DirectoryBits => FileType.Directory,
            _ => FileType.Special,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}
