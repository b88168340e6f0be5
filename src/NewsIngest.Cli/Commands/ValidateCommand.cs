using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Validation;
using NewsIngest.Ingestion;

namespace NewsIngest.Cli.Commands;

/// <summary><c>validate PATH...</c>: lint article files for CI. Read-only: nothing is written anywhere.</summary>
internal sealed class ValidateCommand : Command
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "Article files and folders to check",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = SharedOptions.Format("text", "text", "json", "github");

    private readonly Option<bool> _strict = new("--strict")
    {
        Description = "Fail (exit 1) on warnings too",
    };

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
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var paths = SharedOptions.ExistingPaths(parseResult.GetValue(_paths));

        var format = parseResult.GetValue(_format) ?? "text";
        var files = ArticleFileWalker.Walk(paths).ToList();
        var checker = new FileChecker(new ArticlePipeline());
        var results = checker.CheckAll(files, parseResult.GetValue(_db));
        var findings = results.SelectMany(r => r).ToList();
        foreach (var finding in findings)
        {
            FindingWriter.Write(context.Output, finding, format);
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count - errors;
        var summary = $"{files.Count} files checked: {errors} errors, {warnings} warnings";
        if (format == "text")
        {
            context.Output.WriteLine(summary);
        }
        else
        {
            context.Error.WriteLine($"newsingest: {summary}");
        }

        var strict = parseResult.GetValue(_strict);
        return errors > 0 || (strict && warnings > 0) ? ExitCodes.Negative : ExitCodes.Success;
    }
}
