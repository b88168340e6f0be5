using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Cli.Commands;

/// <summary>
/// The filters <c>search</c>, <c>list</c> and <c>export</c> share, and their translation into an <see cref="ArticleFilter"/>.
/// An export keeps duplicates unless told to leave them out, and writes every row unless given a limit.
/// </summary>
/// <param name="export">The options of <c>export</c>: <c>--no-duplicates</c> instead of <c>--include-duplicates</c>, no <c>--fields</c> (export has its own), no terminal page.</param>
internal sealed class ArticleFilterOptions(bool export = false)
{
    private readonly Option<string?> _since = new("--since")
    {
        Description = "Only articles published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are left out",
        HelpName = "DATE",
    };

    private readonly Option<string?> _until = new("--until")
    {
        Description = "Only articles published on or before this day, inclusive (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are left out",
        HelpName = "DATE",
    };

    private readonly Option<string?> _source = new("--source")
    {
        Description = "Only articles whose source holds these words (whole words, any case: BBC finds \"BBC News\")",
        HelpName = "NAME",
    };

    private readonly Option<string?> _author = new("--author")
    {
        Description = "Only articles with an author whose name holds these words (whole words, any case: Atwood finds \"Margaret Atwood\")",
        HelpName = "NAME",
    };

    private readonly Option<string?> _path = new("--path")
    {
        Description = "Only articles ingested from this file, from files under this folder, or from this web archive",
        HelpName = "PATH",
    };

    private readonly Option<int?> _limit = export
        ? OptionValues.OptionalCount("--limit", "-n", "Most articles to export, the first by id; 0 or none for all")
        : OptionValues.OptionalCount("--limit", "-n", $"Most rows to print, 0 for all (default: all in a pipe or file, {ArticleFilter.DefaultLimit} on a terminal)");

    private readonly Option<string?> _fields = new("--fields")
    {
        Description = "Print only these fields, in this order (contract names, comma-separated, e.g. id,title,published)",
        HelpName = "LIST",
    };

    private readonly Option<bool> _includeDuplicates = new("--include-duplicates")
    {
        Description = "Also show articles that are duplicates of another",
    };

    private readonly Option<bool> _noDuplicates = new("--no-duplicates")
    {
        Description = "Leave out articles that are duplicates of another, as list and search do",
    };

    public void AddTo(Command command)
    {
        command.Add(_since);
        command.Add(_until);
        command.Add(_source);
        command.Add(_author);
        command.Add(_path);
        command.Add(_limit);
        if (export)
        {
            command.Add(_noDuplicates);
            return;
        }

        command.Add(_includeDuplicates);
        command.Add(_fields);
    }

    /// <summary>The fields <c>--fields</c> picked, or null for the command's default.</summary>
    public IReadOnlyList<string>? Fields(ParseResult parseResult) => RowFields.Parse(parseResult.GetValue(_fields));

    /// <exception cref="UsageException">A date is not a year, month or day, or the limit is negative.</exception>
    /// <param name="parseResult">The command line.</param>
    /// <param name="terminal">Stdout is a terminal: without --limit, a page of rows; elsewhere (and in an export) every row.</param>
    public ArticleFilter Read(ParseResult parseResult, bool terminal)
    {
        var limit = parseResult.GetValue(_limit) ?? (terminal && !export ? ArticleFilter.DefaultLimit : 0);
        if (limit < 0)
        {
            throw new UsageException($"--limit must be 0 (all) or more, not {limit}");
        }

        var since = Date(parseResult.GetValue(_since), "--since");
        var until = Date(parseResult.GetValue(_until), "--until");
        if (since is not null && until is not null && string.CompareOrdinal(DateBound.Lower(since), DateBound.Upper(until)) > 0)
        {
            // Nothing could match: the bounds were most likely typed the wrong way round.
            throw new UsageException($"--since {since} is after --until {until}: no article can be in both (swap them?)");
        }

        return new ArticleFilter
        {
            Since = since,
            Until = until,
            Source = Blank(parseResult.GetValue(_source)),
            Author = Blank(parseResult.GetValue(_author)),
            Path = Blank(parseResult.GetValue(_path)) is { } path ? Path.GetFullPath(path) : null,
            Limit = limit == 0 ? null : limit,
            IncludeDuplicates = export ? !parseResult.GetValue(_noDuplicates) : parseResult.GetValue(_includeDuplicates),
        };
    }

    private static string? Date(string? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        return DateBound.Lower(value) is null
            ? throw new UsageException($"{name} takes a year, month or day (2025, 2025-10 or 2025-10-31), not '{value}'")
            : value.Trim();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
