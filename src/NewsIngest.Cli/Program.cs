using System.Globalization;
using System.Runtime.InteropServices;
using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

using var cancellation = new CancellationTokenSource();
// First Ctrl-C: finish and commit the current batch, then stop; a second one ends the process at once.
// (A POSIX signal handler rather than Console.CancelKeyPress, which initialises the terminal and writes
// keypad-mode escape bytes to stdout.)
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
{
    if (!cancellation.IsCancellationRequested)
    {
        signal.Cancel = true;
        cancellation.Cancel();
    }
});

// `kill` (SIGTERM) stops as gently as Ctrl-C: the current batch is committed first.
using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    cancellation.Cancel();
});

var context = CliContext.FromProcess(cancellation.Token);
return NewsIngestCli.Run(args, context);
