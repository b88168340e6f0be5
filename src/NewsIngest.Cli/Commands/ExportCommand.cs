using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>export</c>: every article, duplicates included, as JSON Lines, JSON, CSV or Parquet, streamed.</summary>
internal sealed class ExportCommand : Command
{
    private readonly Option<string?> _db = SharedOptions.Db();
    private readonly Option<string> _format = SharedOptions.Format(RowFormat.Jsonl, RowFormat.Jsonl, RowFormat.Json, RowFormat.Csv, RowFormat.Parquet);

    private readonly Option<string?> _fields = new("--fields")
    {
        Description = "Export only these fields, in this order (contract names, comma-separated, e.g. id,title,body)",
        HelpName = "LIST",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write to this file instead of stdout (a regular file is replaced when the export is complete, keeping its permissions; a device or pipe is written in place)",
        HelpName = "FILE",
    };

    public ExportCommand(CliContext context)
        : base("export", "Export every article, duplicates included (with duplicate_of), as jsonl, json, csv (every field, the body included) or parquet (to --output FILE)")
    {
        Add(_format);
        Add(_output);
        Add(_fields);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var format = parseResult.GetValue(_format) ?? RowFormat.Jsonl;
        var file = parseResult.GetValue(_output);
        var shape = new ArticleRowShape(Body: true, Fields: RowFields.Parse(parseResult.GetValue(_fields)), Width: context.TerminalWidth);
        if (format == RowFormat.Parquet && string.IsNullOrWhiteSpace(file))
        {
            throw new UsageException("--format parquet writes a binary file: give it one with --output FILE");
        }

        if (format == RowFormat.Parquet && shape.Fields is not null)
        {
            throw new UsageException("--fields chooses columns for jsonl, json and csv; a parquet export holds every column (tools read only the columns they ask for)");
        }

        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        // The first Ctrl-C only cancels the token (Program keeps the process alive): stop between two rows.
        var records = store.ExportAll().TakeWhile(_ => !context.Cancellation.IsCancellationRequested);
        int count;
        if (format == RowFormat.Parquet)
        {
            count = OutputFile.WriteBytes(file!, stream => ParquetArticleWriter.Write(stream, records), regularFileOnly: true, context.Cancellation);
        }
        else if (string.IsNullOrWhiteSpace(file))
        {
            count = ArticleRowsWriter.Write(context.Output, records, format, shape);
        }
        else
        {
            count = OutputFile.Write(file, writer => ArticleRowsWriter.Write(writer, records, format, shape), context.Cancellation);
        }

        if (context.Cancellation.IsCancellationRequested)
        {
            context.Error.WriteLine($"newsingest: export interrupted after {count} articles{(string.IsNullOrWhiteSpace(file) ? "" : $"; {file} was not written")}");
            return ExitCodes.Interrupted;
        }

        if (!string.IsNullOrWhiteSpace(file))
        {
            context.Error.WriteLine($"newsingest: exported {count} articles to {file}");
        }

        return count == 0 ? ExitCodes.Negative : ExitCodes.Success;
    }
}
