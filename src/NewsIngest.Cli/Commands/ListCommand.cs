using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>list</c>: stored articles, newest first, with the filters of <c>search</c>.</summary>
internal sealed class ListCommand : Command
{
    private readonly Option<string?> _db = SharedOptions.Db();
    private readonly Option<string?> _format = RowFormat.Option();
    private readonly ArticleFilterOptions _filters = new();

    public ListCommand(CliContext context)
        : base("list", "List stored articles, newest first (undated last); duplicates hidden unless asked for")
    {
        _filters.AddTo(this);
        Add(_format);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var filter = _filters.Read(parseResult);
        var format = RowFormat.Resolve(parseResult.GetValue(_format), context);
        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        var rows = store.List(filter);
        if (rows.Count == 0)
        {
            return ExitCodes.Negative;
        }

        var color = format == RowFormat.Table && context.UseColor;
        ArticleRowsWriter.Write(context.Output, rows, format, search: false, body: false, context.TerminalWidth, color);
        return ExitCodes.Success;
    }
}
