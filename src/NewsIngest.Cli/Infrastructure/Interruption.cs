using System.Runtime.InteropServices;

namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// The process's answer to SIGINT (Ctrl-C) and SIGTERM (<c>kill</c>, <c>timeout</c>): the first one cancels
/// <see cref="Token"/>, which every command watches, and the command ends with 130 or 143 (128 + the signal's
/// number, as a shell reports it); a command still running <see cref="StopGrace"/> later is ended there, with
/// the same code. A second signal ends the process at once. (POSIX signal handlers rather than
/// Console.CancelKeyPress, which initialises the terminal and writes keypad-mode escape bytes to stdout.)
/// </summary>
public sealed class Interruption : IDisposable
{
    private const int SigintExit = 130;
    private const int SigtermExit = 143;

    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _termination;
    private int _exitCode;
    private Timer? _deadline;

    public Interruption()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, SigintExit));
        _termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, SigtermExit));
    }

    public CancellationToken Token => _source.Token;

    /// <summary>Set by the command: how long it may take to stop.</summary>
    public StopGrace Grace { get; } = new();

    /// <summary>Written to before the process is ended for overrunning its grace.</summary>
    public TextWriter? Error { get; set; }

    /// <summary>The command's exit code, with an interruption reported as the signal's conventional code.</summary>
    public int ExitCode(int commandExit) => _exitCode != 0 && commandExit == ExitCodes.Interrupted ? _exitCode : commandExit;

    private void Stop(PosixSignalContext signal, int exitCode)
    {
        if (_source.IsCancellationRequested)
        {
            // The second signal: the default action ends the process now.
            return;
        }

        signal.Cancel = true;
        _exitCode = exitCode;
        _source.Cancel();
        _deadline = new Timer(_ => Overrun(), null, Grace.Value, Timeout.InfiniteTimeSpan);
    }

    private void Overrun()
    {
        try
        {
            Error?.WriteLine("newsingest: stopped");
            Error?.Flush();
        }
        catch (IOException)
        {
            // stderr is gone: end anyway.
        }

        Environment.Exit(_exitCode);
    }

    public void Dispose()
    {
        _deadline?.Dispose();
        _interrupt.Dispose();
        _termination.Dispose();
        _source.Dispose();
    }
}
