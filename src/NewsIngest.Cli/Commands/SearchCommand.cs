using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Core.Search;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>search QUERY</c>: full-text search, best first, with a snippet of each match.</summary>
internal sealed class SearchCommand : Command
{
    private readonly Argument<string[]> _query = new("QUERY")
    {
        Description = "Words (all must match; punctuation inside a word is text), \"a phrase\", a OR b, -word or NOT word, " +
            "prefix*, title:word; several arguments are joined with spaces",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<bool> _fts = new("--fts")
    {
        Description = "Take QUERY in the store engine's own syntax instead of the search syntax (SQLite: FTS5, with column filters, NEAR, ^; PostgreSQL: tsquery)",
    };

    private readonly Option<string?> _db = SharedOptions.Db();
    private readonly Option<string?> _format = RowFormat.Option();
    private readonly ArticleFilterOptions _filters = new();

    public SearchCommand(CliContext context)
        : base("search", "Full-text search of titles and bodies, ranked (title matches first), with snippets")
    {
        Add(_query);
        _filters.AddTo(this);
        Add(_fts);
        Add(_format);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var text = string.Join(' ', parseResult.GetValue(_query) ?? []).Trim();
        if (text.Length == 0)
        {
            throw new UsageException("the search query is empty: give words to search for");
        }

        // Parsed (and capped) before the store is opened: a refused query costs nothing.
        var raw = parseResult.GetValue(_fts);
        var parsed = raw ? null : SearchQueryParser.Parse(text);
        var filter = _filters.Read(parseResult, context.OutputIsTerminal);
        var fields = _filters.Fields(parseResult);
        var format = RowFormat.Resolve(parseResult.GetValue(_format), context);
        // Colour only in a table: JSON and CSV carry the contract's [brackets] even on a terminal.
        var color = format == RowFormat.Table && context.UseColor;
        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        var hits = raw ? store.SearchNative(RawFts(text), filter, Snippets.Marks(color)) : store.Search(text, filter, Snippets.Marks(color));
        ArticleRowsWriter.Write(context.Output, hits, format, new ArticleRowShape(Search: true, Fields: fields, Width: context.TerminalWidth, Color: color));
        if (hits.Count == 0)
        {
            RowFormat.SayNone(context, format, "no matches");
            SuggestSpelling(store, parsed, context);
            return ExitCodes.Negative;
        }

        if (context.OutputIsTerminal && filter.Limit is { } limit && hits.Count == limit)
        {
            RowFormat.SayShown(context, hits.Count, raw ? store.CountNative(text, filter) : store.CountMatches(text, filter));
        }

        return ExitCodes.Success;
    }

    /// <summary>On stderr, for each plain word no article holds, the indexed word one edit away that most articles hold.</summary>
    private static void SuggestSpelling(IArticleStore store, SearchQuery? query, CliContext context)
    {
        foreach (var term in query?.Required.SelectMany(g => g.Alternatives) ?? [])
        {
            if (term is { Quoted: false, Prefix: false } && store.SuggestSpelling(term.Text) is { } suggestion)
            {
                context.Error.WriteLine($"newsingest: no article holds '{TerminalText.Escape(term.Text)}'; did you mean '{suggestion}'?");
            }
        }
    }

    private static string RawFts(string text) =>
        text.Length <= SearchQueryLimits.MaxLength
            ? text
            : throw new SearchQueryException(
                $"the search query is {text.Length:N0} characters long; at most {SearchQueryLimits.MaxLength:N0} are accepted: search for fewer words");
}
