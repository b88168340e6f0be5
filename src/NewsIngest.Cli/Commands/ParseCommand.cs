using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Serialization;
using NewsIngest.Ingestion;

namespace NewsIngest.Cli.Commands;

/// <summary><c>parse PATH...</c>: print the record of each file without touching any store.</summary>
internal sealed class ParseCommand : Command
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "Article files and folders to parse; - reads one article (a text file or a page) from standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = SharedOptions.Format("text", "text", "json", "jsonl");
    private readonly Option<bool> _follow = SharedOptions.Follow();

    private readonly Option<long> _maxFileSize = SharedOptions.MaxFileSize();

    public ParseCommand(CliContext context)
        : base("parse", "Parse files and print their records (nothing is stored)")
    {
        Add(_paths);
        Add(_format);
        Add(_maxFileSize);
        Add(_follow);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var given = parseResult.GetValue(_paths) ?? [];
        var stdin = given.Contains(StandardInput);
        var paths = SharedOptions.ExistingPaths([.. given.Where(p => p != StandardInput)]);

        var format = parseResult.GetValue(_format) ?? "text";
        var limit = SharedOptions.ReadMaxFileSize(parseResult, _maxFileSize);
        var listing = ArticleFileWalker.List(paths, new WalkOptions { FollowLinks = parseResult.GetValue(_follow) });
        var files = listing.Files;
        // json is one document: the record of a single file, an array of several (a WARC file holds several); jsonl is a record a line.
        var single = files.Count + (stdin ? 1 : 0) == 1 && (stdin || !WarcFile.IsWarc(files[0]));
        var array = format == "json" && !single ? new JsonRowsWriter(context.Output, array: true) : null;
        var pipeline = new ArticlePipeline();
        var failed = listing.Unreadable.Count;
        foreach (var folder in listing.Unreadable)
        {
            context.Error.WriteLine($"newsingest: {TerminalText.Escape(folder.Path)}: {folder.Reason}");
        }

        var first = true;
        var outcomes = Outcomes(files, pipeline, limit);
        if (stdin)
        {
            outcomes = outcomes.Prepend(FromInput(context, pipeline, limit));
        }

        foreach (var (path, outcome, error) in outcomes)
        {
            if (context.Cancellation.IsCancellationRequested)
            {
                context.Error.WriteLine("newsingest: parse interrupted");
                return ExitCodes.Interrupted;
            }

            if (error is not null || outcome is ParseOutcome.Failure)
            {
                failed++;
                context.Error.WriteLine($"newsingest: {TerminalText.Escape(path)}: {TerminalText.Escape(error ?? ((ParseOutcome.Failure)outcome!).Reason)}");
                continue;
            }

            var record = ArticleRecord.From(((ParseOutcome.Success)outcome!).Article);
            if (array is not null)
            {
                array.Write(RecordJson.Serialize(record));
            }
            else if (format != "text")
            {
                context.Output.WriteLine(RecordJson.Serialize(record, indented: format == "json"));
            }
            else
            {
                if (!first)
                {
                    context.Output.WriteLine();
                    context.Output.WriteLine(new string('-', 72));
                }

                RecordTextWriter.Write(context.Output, record);
            }

            first = false;
        }

        array?.Finish();
        return failed > 0 ? ExitCodes.Negative : ExitCodes.Success;
    }

    /// <summary>The PATH that stands for standard input.</summary>
    private const string StandardInput = "-";

    /// <summary>The article on standard input, read up to the size limit, sniffed by its bytes as a page or a text file.</summary>
    private static (string Path, ParseOutcome? Outcome, string? Error) FromInput(CliContext context, ArticlePipeline pipeline, long limit)
    {
        using var input = context.OpenInput();
        return ArticleFileReader.Read(input, limit) is { } bytes
            ? (StandardInput, pipeline.Parse(StandardInput, bytes), null)
            : (StandardInput, null, $"standard input is over the {limit:N0}-byte limit (raise it with --max-file-size)");
    }

    /// <summary>Each file's outcome in turn; a WARC file gives one per page and one error per broken record.</summary>
    private static IEnumerable<(string Path, ParseOutcome? Outcome, string? Error)> Outcomes(IReadOnlyList<string> files, ArticlePipeline pipeline, long limit)
    {
        foreach (var file in files)
        {
            if (!WarcFile.IsWarc(file))
            {
                var read = ArticleFileReader.Read(file, limit);
                yield return read.Bytes is { } bytes ? (file, pipeline.Parse(file, bytes), null) : (file, null, read.Problem);
                continue;
            }

            foreach (var (path, page, problem) in WarcFile.PagesAndProblems(file, limit))
            {
                yield return (path, page is null ? null : pipeline.ParsePage(page), problem);
            }
        }
    }
}
