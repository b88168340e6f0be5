using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>sql QUERY</c>: the user's own SQL on a read-only connection; writes fail with exit 2.</summary>
internal sealed class SqlCommand : Command
{
    private readonly Argument<string> _query = new("QUERY")
    {
        Description = "SQL to run (read-only), e.g. \"select source, count(*) from articles group by source\"",
    };

    private readonly Option<string?> _db = SharedOptions.Db();
    private readonly Option<string?> _format = RowFormat.Option();

    public SqlCommand(CliContext context)
        : base("sql", "Run read-only SQL against the store (tables articles, files, runs)")
    {
        Add(_query);
        Add(_format);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var sql = parseResult.GetValue(_query) ?? "";
        if (string.IsNullOrWhiteSpace(sql))
        {
            throw new UsageException("the SQL query is empty");
        }

        var format = RowFormat.Resolve(parseResult.GetValue(_format), context);
        // The store checks that the file is a NewsIngest store of a known schema; the query gets its own connection.
        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        using var rows = store.RunSql(sql);
        var count = SqlRowsWriter.Write(context.Output, rows, format, context.TerminalWidth, format == RowFormat.Table && context.UseColor, context.Cancellation);
        if (context.Cancellation.IsCancellationRequested)
        {
            context.Error.WriteLine($"newsingest: sql interrupted after {count} rows");
            return ExitCodes.Interrupted;
        }

        return count == 0 ? ExitCodes.Negative : ExitCodes.Success;
    }
}
