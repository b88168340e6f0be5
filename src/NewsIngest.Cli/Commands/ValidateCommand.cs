using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Validation;
using NewsIngest.Ingestion;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>validate PATH...</c>: lint article files for CI. Read-only: nothing is written anywhere.</summary>
internal sealed class ValidateCommand : Command
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "Article files and folders to check",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = SharedOptions.Format("text", "text", "json", "jsonl", "github");

    private readonly Option<bool> _follow = SharedOptions.Follow();

    private readonly Option<bool> _strict = new("--strict")
    {
        Description = "Fail (exit 1) on warnings too",
    };

    private readonly Option<long> _maxFileSize = SharedOptions.MaxFileSize();

    private readonly Option<string?> _db = new("--db")
    {
        Description = "Also report files that duplicate an article in this store (opened read-only)",
        HelpName = "FILE",
    };

    public ValidateCommand(CliContext context)
        : base("validate", "Check article files and report problems with stable rule codes (for CI)")
    {
        Add(_paths);
        Add(_format);
        Add(_strict);
        Add(_maxFileSize);
        Add(_follow);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var paths = SharedOptions.ExistingPaths(parseResult.GetValue(_paths));

        var format = parseResult.GetValue(_format) ?? "text";
        var limit = SharedOptions.ReadMaxFileSize(parseResult, _maxFileSize);
        var store = StoreFactory.LocalFiles(SharedOptions.ResolveDb(parseResult.GetValue(_db), context));
        var listing = ArticleFileWalker.List(paths, new WalkOptions { FollowLinks = parseResult.GetValue(_follow), NotCounted = store });
        var files = listing.Files;
        foreach (var folder in listing.Unreadable)
        {
            context.Error.WriteLine($"newsingest: {folder.Path}: {folder.Reason}");
        }

        var checker = new FileChecker(new ArticlePipeline(), limit, context.Cancellation);
        IReadOnlyList<IReadOnlyList<Finding>> results;
        try
        {
            results = checker.CheckAll(files, parseResult.GetValue(_db));
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("newsingest: validate interrupted");
            return ExitCodes.Interrupted;
        }

        var findings = results.SelectMany(r => r).ToList();
        // json is one document (an array of findings, [] for none); jsonl, a finding a line, is what json printed before.
        var array = format == "json" ? new JsonRowsWriter(context.Output, array: true) : null;
        foreach (var finding in findings)
        {
            if (array is not null)
            {
                array.Write(FindingWriter.Json(finding));
            }
            else
            {
                FindingWriter.Write(context.Output, finding, format);
            }
        }

        array?.Finish();

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count - errors;
        var summary = $"{files.Count} files checked: {errors} errors, {warnings} warnings{listing.OtherFiles.Describe()}";
        if (format == "text")
        {
            context.Output.WriteLine(summary);
        }
        else
        {
            context.Error.WriteLine($"newsingest: {summary}");
        }

        var strict = parseResult.GetValue(_strict);
        return errors > 0 || listing.Unreadable.Count > 0 || (strict && warnings > 0) ? ExitCodes.Negative : ExitCodes.Success;
    }
}
