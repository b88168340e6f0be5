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
        Description = "Article files and folders to parse",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = SharedOptions.Format("text", "text", "json");

    public ParseCommand(CliContext context)
        : base("parse", "Parse files and print their records (nothing is stored)")
    {
        Add(_paths);
        Add(_format);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var paths = SharedOptions.ExistingPaths(parseResult.GetValue(_paths));

        var json = parseResult.GetValue(_format) == "json";
        var files = ArticleFileWalker.Walk(paths).ToList();
        var pipeline = new ArticlePipeline();
        var failed = 0;
        var first = true;
        foreach (var (path, outcome, error) in Outcomes(files, pipeline))
        {
            if (error is not null || outcome is ParseOutcome.Failure)
            {
                failed++;
                context.Error.WriteLine($"newsingest: {path}: {error ?? ((ParseOutcome.Failure)outcome!).Reason}");
                continue;
            }

            var record = ArticleRecord.From(((ParseOutcome.Success)outcome!).Article);
            if (json)
            {
                context.Output.WriteLine(RecordJson.Serialize(record, indented: files.Count == 1 && !WarcFile.IsWarc(files[0])));
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

        return failed > 0 ? ExitCodes.Negative : ExitCodes.Success;
    }

    /// <summary>Each file's outcome in turn; a WARC file gives one per page and one error per broken record.</summary>
    private static IEnumerable<(string Path, ParseOutcome? Outcome, string? Error)> Outcomes(List<string> files, ArticlePipeline pipeline)
    {
        foreach (var file in files)
        {
            if (!WarcFile.IsWarc(file))
            {
                ParseOutcome? outcome = null;
                string? error = null;
                try
                {
                    outcome = pipeline.Parse(file, File.ReadAllBytes(file));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error = ex.Message;
                }

                yield return (file, outcome, error);
                continue;
            }

            foreach (var entry in WarcFile.ReadGuarded(file, new IngestOptions().MaxFileSize))
            {
                switch (entry)
                {
                    case WarcEntry.Page { Value: var page }:
                        yield return (page.Path, pipeline.ParsePage(page), null);
                        break;
                    case WarcEntry.Broken broken:
                        yield return (broken.Path, null, broken.Reason);
                        break;
                    case WarcEntry.Unreadable unreadable:
                        yield return (file, null, unreadable.Reason);
                        break;
                }
            }
        }
    }
}
