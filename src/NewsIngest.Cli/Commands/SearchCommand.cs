using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>search QUERY</c>: full-text search, best first, with a snippet of each match.</summary>
internal sealed class SearchCommand : Command
{
    private readonly Argument<string[]> _query = new("QUERY")
    {
        Description = "FTS5 query: words (all must match), \"a phrase\", OR, NOT, prefix*; several arguments are joined with spaces",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _db = SharedOptions.Db();
    private readonly Option<string?> _format = RowFormat.Option();
    private readonly ArticleFilterOptions _filters = new();

    public SearchCommand(CliContext context)
        : base("search", "Full-text search of titles and bodies, ranked (title matches first), with snippets")
    {
        Add(_query);
        _filters.AddTo(this);
        Add(_format);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var query = string.Join(' ', parseResult.GetValue(_query) ?? []).Trim();
        if (query.Length == 0)
        {
            throw new UsageException("the search query is empty: give words to search for");
        }

        var filter = _filters.Read(parseResult);
        var format = RowFormat.Resolve(parseResult.GetValue(_format), context);
        // Colour only in a table: JSON and CSV carry the contract's [brackets] even on a terminal.
        var color = format == RowFormat.Table && context.UseColor;
        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        var hits = store.Search(query, filter, Snippets.Marks(color));
        if (hits.Count == 0)
        {
            return ExitCodes.Negative;
        }

        ArticleRowsWriter.Write(context.Output, hits, format, search: true, body: false, context.TerminalWidth, color);
        return ExitCodes.Success;
    }
}
