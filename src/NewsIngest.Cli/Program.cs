using System.Globalization;
using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// First Ctrl-C or SIGTERM: the command stops (ingest commits what it wrote first) and exits 130 or 143.
using var interruption = new Interruption();
var context = CliContext.FromProcess(interruption.Token) with { Grace = interruption.Grace };
interruption.Error = context.Error;
return interruption.ExitCode(NewsIngestCli.Run(args, context));
