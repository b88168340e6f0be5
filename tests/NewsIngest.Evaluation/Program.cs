using System.Globalization;
using NewsIngest.Evaluation;
using NewsIngest.Evaluation.Duplicates;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// The duplicate engine is plugged in here once it is merged (ingest into a temp SQLite store, read the clusters);
// until then every duplicate measure prints n/a.
IDuplicateFinder? finder = null;
return Harness.Run(args, Console.Out, Console.Error, finder);
