using System.Globalization;
using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;

// The one answer that needs no command tree, no signal handlers and no culture set-up: printed at once, as the
// command tree would print it (NewsIngestCli.Run answers it the same way in process).
if (args is ["--version"])
{
    Console.Out.Write(ProgramVersion.Current + "\n");
    return ExitCodes.Success;
}

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// First Ctrl-C or SIGTERM: the command stops (ingest commits what it wrote first) and exits 130 or 143.
using var interruption = new Interruption();
var context = CliContext.FromProcess(interruption.Token) with { Grace = interruption.Grace };
interruption.Error = context.Error;
return interruption.ExitCode(NewsIngestCli.Run(args, context));
