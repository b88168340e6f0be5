using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Core.Search;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>export</c>: every article (or those the filters keep), duplicates included, as JSON Lines, JSON, CSV or Parquet, streamed.</summary>
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

    private readonly Option<string?> _search = new("--search")
    {
        Description = "Only articles matching this search, in the search command's syntax (words, \"a phrase\", a OR b, -word, prefix*); still in id order",
        HelpName = "QUERY",
    };

    private readonly ArticleFilterOptions _filters = new(export: true);

    public ExportCommand(CliContext context)
        : base("export", "Export every article, duplicates included (with duplicate_of), as jsonl, json, csv (every field, the body included) or parquet (to --output FILE); the filters of list and --search narrow it")
    {
        Add(_search);
        _filters.AddTo(this);
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

        var filter = _filters.Read(parseResult, context.OutputIsTerminal);
        var query = parseResult.GetValue(_search);
        if (query is not null)
        {
            // Parsed (and capped) before the store is opened: a refused query costs nothing and writes no file.
            SearchQueryParser.Parse(query);
        }

        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        // The first Ctrl-C only cancels the token (Program keeps the process alive): stop between two rows.
        var records = store.Export(filter, query).TakeWhile(_ => !context.Cancellation.IsCancellationRequested);
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
