using System.Diagnostics;
using System.Net.Sockets;

namespace NewsIngest.Tests.Support;

/// <summary>Paths that are not regular files, made for real: a named pipe, a unix socket, a link to a device.</summary>
public static class SpecialFiles
{
    public static void NamedPipe(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>A bound unix socket; dispose it when done (.NET then removes its file).</summary>
    public static Socket Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>A link to <c>/dev/zero</c>, which never ends.</summary>
    public static void LinkToDevice(string path) => File.CreateSymbolicLink(path, "/dev/zero");
}
