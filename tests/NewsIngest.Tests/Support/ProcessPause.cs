using System.Diagnostics;

namespace NewsIngest.Tests.Support;

/// <summary>
/// Holds a running process still (SIGSTOP) until disposed (SIGCONT). A test that needs a second program to meet the
/// first one mid-run pauses the first instead of racing it: a fast machine or the native build can otherwise finish the
/// whole run before the second program has started.
/// </summary>
public sealed class ProcessPause : IDisposable
{
    private readonly Process _process;

    private ProcessPause(Process process) => _process = process;

    /// <summary>Stops <paramref name="process"/>; null when it had already ended, so there was nothing to pause.</summary>
    public static ProcessPause? Pause(Process process)
    {
        ProcessSignal.Send(process, "-STOP");
        return process.HasExited ? null : new ProcessPause(process);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            ProcessSignal.Send(_process, "-CONT");
        }
    }
}
