using System.Diagnostics;
using System.Globalization;

namespace NewsIngest.Tests.Support;

/// <summary>Sends a Unix signal to a process the way a user's shell does, with <c>kill</c>.</summary>
public static class ProcessSignal
{
    /// <param name="process">The process to signal.</param>
    /// <param name="signal"><c>kill</c>'s option for it: "-INT", "-TERM", "-STOP", "-CONT".</param>
    public static void Send(Process process, string signal)
    {
        using var kill = Process.Start("kill", [signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
