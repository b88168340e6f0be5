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
        var filter = _filters.Read(parseResult, context.OutputIsTerminal);
        var fields = _filters.Fields(parseResult);
        var format = RowFormat.Resolve(parseResult.GetValue(_format), context);
        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        var rows = store.List(filter);
        var color = format == RowFormat.Table && context.UseColor;
        ArticleRowsWriter.Write(context.Output, rows, format, new ArticleRowShape(Fields: fields, Width: context.TerminalWidth, Color: color));
        if (rows.Count == 0)
        {
            RowFormat.SayNone(context, format, "no articles match");
            return ExitCodes.Negative;
        }

        if (context.OutputIsTerminal && filter.Limit is { } limit && rows.Count == limit)
        {
            RowFormat.SayShown(context, rows.Count, store.Count(filter));
        }

        return ExitCodes.Success;
    }
}
