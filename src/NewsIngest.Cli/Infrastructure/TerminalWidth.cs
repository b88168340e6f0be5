using System.Runtime.InteropServices;

namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// The width of the terminal on stdout. Asking <c>Console.WindowWidth</c> makes .NET initialise the terminal, which
/// writes keypad-mode escape bytes to stdout; the ioctl asks the kernel instead and writes nothing.
/// </summary>
internal static partial class TerminalWidth
{
    private const int StdoutFd = 1;
    private const ulong TiocGetWindowSize = 0x5413;

    public static int Detect(Func<string, string?> environment, int fallback = 100)
    {
        if (int.TryParse(environment("COLUMNS"), out var columns) && columns > 0)
        {
            return Math.Max(40, columns);
        }

        if (OperatingSystem.IsLinux())
        {
            try
            {
                var size = default(WindowSize);
                if (Ioctl(StdoutFd, TiocGetWindowSize, ref size) == 0 && size.Columns > 0)
                {
                    return Math.Max(40, (int)size.Columns);
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                return fallback;
            }
        }

        return fallback;
    }

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int Ioctl(int fd, ulong request, ref WindowSize size);

    [StructLayout(LayoutKind.Sequential)]
    private struct WindowSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort PixelWidth;
        public ushort PixelHeight;
    }
}
