using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Core.Pipeline;
using NewsIngest.Ingestion;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>ingest PATH...</c>: parse files and folders into the store; unchanged files are skipped.</summary>
internal sealed class IngestCommand : Command
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "Article files and folders (folders are read recursively; hidden entries are skipped)",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _db = SharedOptions.Db();

    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        Description = "Parallel parse workers (default: the number of cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<long> _maxFileSize = new("--max-file-size")
    {
        Description = "Refuse files larger than this many bytes",
        DefaultValueFactory = _ => new IngestOptions().MaxFileSize,
    };

    private readonly Option<double> _near = new("--near")
    {
        Description = "Jaccard similarity at or above which two articles are near duplicates (0-1)",
        DefaultValueFactory = _ => new IngestOptions().Near,
    };

    private readonly Option<double> _containment = new("--containment")
    {
        Description = "Share of a shorter article contained in a longer one at or above which it is an excerpt (0-1)",
        DefaultValueFactory = _ => new IngestOptions().Containment,
    };

    public IngestCommand(CliContext context)
        : base("ingest", "Parse article files and folders into the store; unchanged files are skipped")
    {
        Add(_paths);
        Add(_db);
        Add(_jobs);
        Add(_maxFileSize);
        Add(_near);
        Add(_containment);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var paths = SharedOptions.ExistingPaths(parseResult.GetValue(_paths));

        var options = new IngestOptions
        {
            Jobs = Math.Max(1, parseResult.GetValue(_jobs)),
            MaxFileSize = parseResult.GetValue(_maxFileSize) is > 0 and var limit
                ? limit
                : throw new UsageException($"--max-file-size must be a positive number of bytes, not {parseResult.GetValue(_maxFileSize)}"),
            Near = Between01(parseResult.GetValue(_near), "--near"),
            Containment = Between01(parseResult.GetValue(_containment), "--containment"),
        };
        var db = SharedOptions.ResolveDb(parseResult.GetValue(_db), context);
        var logger = Logging.Create(context, parseResult);
        var quiet = parseResult.GetValue(SharedOptions.Quiet);

        // Open for writing: this process is the store's one ingest until it is disposed.
        using var store = StoreFactory.Open(db, StoreMode.ReadWrite);
        var runner = new IngestRunner(new ArticlePipeline(), options, new LoggingIngestObserver(logger, context, quiet));
        var summary = runner.Run(paths, store, ProgramVersion.Current, context.Cancellation);
        var c = summary.Counts;
        context.Output.WriteLine(
            $"{c.FilesSeen} files seen: {c.New} new, {c.Updated} updated, {c.Unchanged} unchanged, " +
            $"{c.Duplicates} duplicates, {c.Failed} failed{(c.PassedOver > 0 ? $", {c.PassedOver} WARC records passed over" : "")} " +
            $"in {summary.Elapsed.TotalSeconds:0.00} s ({db})");
        logger.Debug("stages: {Timings}", summary.Timings.ToString());
        if (summary.Interrupted)
        {
            logger.Warning("interrupted: {Remaining} files not read yet; run the same ingest again to finish", summary.Remaining);
            return ExitCodes.Interrupted;
        }

        return c.Failed > 0 ? ExitCodes.Negative : ExitCodes.Success;
    }

    private static double Between01(double value, string name) =>
        value is >= 0 and <= 1 ? value : throw new UsageException($"{name} must be between 0 and 1, not {value}");
}
