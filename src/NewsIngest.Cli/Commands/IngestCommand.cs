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

    private readonly Option<int> _jobs = OptionValues.Count(
        "--jobs", "-j", "Parallel parse workers (default: the number of cores)", Environment.ProcessorCount);

    private readonly Option<long> _maxFileSize = SharedOptions.MaxFileSize();

    private readonly Option<bool> _follow = SharedOptions.Follow();

    private readonly Option<double> _near = OptionValues.Fraction(
        "--near", "Jaccard similarity at or above which two articles are near duplicates (0-1)", new IngestOptions().Near);

    private readonly Option<double> _containment = OptionValues.Fraction(
        "--containment", "Share of a shorter article contained in a longer one at or above which it is an excerpt (0-1)", new IngestOptions().Containment);

    /// <summary>How long an interrupted ingest may take to commit; the process ends anyway after it (the store stays sound).</summary>
    private static readonly TimeSpan IngestStopGrace = TimeSpan.FromSeconds(10);

    public IngestCommand(CliContext context)
        : base("ingest", "Parse article files and folders into the store; unchanged files are skipped")
    {
        Add(_paths);
        Add(_db);
        Add(_jobs);
        Add(_follow);
        Add(_maxFileSize);
        Add(_near);
        Add(_containment);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var paths = SharedOptions.ExistingPaths(parseResult.GetValue(_paths));
        var jobs = parseResult.GetValue(_jobs);
        if (jobs < 1)
        {
            throw new UsageException($"--jobs must be 1 or more, not {jobs} (leave it out for one worker per core)");
        }

        var options = new IngestOptions
        {
            Jobs = jobs,
            MaxFileSize = SharedOptions.ReadMaxFileSize(parseResult, _maxFileSize),
            FollowLinks = parseResult.GetValue(_follow),
            Near = Between01(parseResult.GetValue(_near), "--near"),
            Containment = Between01(parseResult.GetValue(_containment), "--containment"),
        };
        var db = SharedOptions.ResolveDb(parseResult.GetValue(_db), context);
        options = options with { NotCounted = StoreFactory.LocalFiles(db) };
        if (StoreFactory.IsPostgres(db))
        {
            // Each transaction of a PostgreSQL store holds the writer lock that several ingests share: one batch per
            // transaction, so it is held while a parsed batch is written, never while the next one is parsed.
            options = options with { CommitEvery = options.BatchSize };
        }

        var logger = Logging.Create(context, parseResult);
        var quiet = parseResult.GetValue(SharedOptions.Quiet);

        // Interrupted, ingest commits what it wrote before it stops: the index entries of up to a transaction's files.
        context.Grace.Value = IngestStopGrace;

        // Open for writing: this process is the store's one ingest until it is disposed.
        using var store = StoreFactory.Open(db, StoreMode.ReadWrite);
        var runner = new IngestRunner(new ArticlePipeline(), options, new LoggingIngestObserver(logger, context, quiet));
        var summary = runner.Run(paths, store, ProgramVersion.Current, context.Cancellation);
        var c = summary.Counts;
        context.Output.WriteLine(
            $"{c.FilesSeen} files seen: {c.New} new, {c.Updated} updated, {c.Unchanged} unchanged, " +
            $"{c.Duplicates} duplicates, {c.Failed} failed{Skipped(summary.SkippedLinks)}{summary.OtherFiles.Describe()}{(c.PassedOver > 0 ? $", {c.PassedOver} WARC records passed over" : "")} " +
            $"in {summary.Elapsed.TotalSeconds:0.00} s ({store.Location})");
        logger.Debug("stages: {Timings}", summary.Timings.ToString());
        if (summary.Interrupted)
        {
            logger.Warning("interrupted: {Remaining} files not read yet; run the same ingest again to finish", summary.Remaining);
            return ExitCodes.Interrupted;
        }

        return c.Failed > 0 ? ExitCodes.Negative : ExitCodes.Success;
    }

    private static string Skipped(int links) =>
        links == 0 ? "" : $", {links} symbolic {(links == 1 ? "link" : "links")} skipped (--follow reads them)";

    private static double Between01(double value, string name) =>
        value is >= 0 and <= 1 ? value : throw new UsageException($"{name} must be between 0 and 1, not {value}");
}
