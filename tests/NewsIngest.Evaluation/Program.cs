using System.Globalization;
using NewsIngest.Evaluation;
using NewsIngest.Evaluation.Duplicates;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Duplicates are found the way `newsingest ingest` finds them: into a temporary SQLite store, clusters read back.
return Harness.Run(args, Console.Out, Console.Error, new StoreDuplicateFinder(Harness.Options));
