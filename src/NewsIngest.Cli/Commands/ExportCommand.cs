using System.CommandLine;
using System.Text;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>export</c>: every article, duplicates included, as JSON Lines or CSV, streamed.</summary>
internal sealed class ExportCommand : Command
{
    private readonly Option<string?> _db = SharedOptions.Db();
    private readonly Option<string> _format = SharedOptions.Format(RowFormat.Jsonl, RowFormat.Jsonl, RowFormat.Csv, RowFormat.Parquet);

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write to this file (replaced if it exists) instead of stdout",
        HelpName = "FILE",
    };

    public ExportCommand(CliContext context)
        : base("export", "Export every article, duplicates included (with duplicate_of), as jsonl, csv (CSV includes the body) or parquet (to --output FILE)")
    {
        Add(_format);
        Add(_output);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var format = parseResult.GetValue(_format) ?? RowFormat.Jsonl;
        var file = parseResult.GetValue(_output);
        if (format == RowFormat.Parquet && string.IsNullOrWhiteSpace(file))
        {
            throw new UsageException("--format parquet writes a binary file: give it one with --output FILE");
        }

        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        // The first Ctrl-C only cancels the token (Program keeps the process alive): stop between two rows.
        var records = store.ExportAll().TakeWhile(_ => !context.Cancellation.IsCancellationRequested);
        int count;
        if (format == RowFormat.Parquet)
        {
            count = ToFile(file!, stream => ParquetArticleWriter.Write(stream, records), context.Cancellation);
        }
        else if (string.IsNullOrWhiteSpace(file))
        {
            count = ArticleRowsWriter.Write(context.Output, records, format, search: false, body: true, context.TerminalWidth, color: false);
        }
        else
        {
            count = ToFile(file, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                return ArticleRowsWriter.Write(writer, records, format, search: false, body: true, 0, color: false);
            }, context.Cancellation);
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

    /// <summary>Writes beside the target and moves it into place, so a failed export never leaves half a file.</summary>
    private static int ToFile(string file, Func<Stream, int> write, CancellationToken cancellation)
    {
        var full = Path.GetFullPath(file);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--output {file} is a folder: give a file name");
        }

        var temporary = full + ".partial";
        try
        {
            int count;
            // Read and write: the Parquet writer reads back the footer it wrote when it appends the next row group.
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                count = write(stream);
            }

            if (cancellation.IsCancellationRequested)
            {
                File.Delete(temporary);
            }
            else
            {
                File.Move(temporary, full, overwrite: true);
            }

            return count;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"cannot write {file}: {ex.Message}", ex);
        }
    }
}
