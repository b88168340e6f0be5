using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Cli.Commands;

/// <summary>The filters <c>search</c> and <c>list</c> share, and their translation into an <see cref="ArticleFilter"/>.</summary>
internal sealed class ArticleFilterOptions
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
        Description = "Only articles from this source (case-insensitive)",
        HelpName = "NAME",
    };

    private readonly Option<string?> _author = new("--author")
    {
        Description = "Only articles with this author (exact name, case-insensitive)",
        HelpName = "NAME",
    };

    private readonly Option<int> _limit = new("--limit", "-n")
    {
        Description = "Most rows to print (0 for all)",
        HelpName = "N",
        DefaultValueFactory = _ => ArticleFilter.DefaultLimit,
    };

    private readonly Option<bool> _includeDuplicates = new("--include-duplicates")
    {
        Description = "Also show articles that are duplicates of another",
    };

    public void AddTo(Command command)
    {
        command.Add(_since);
        command.Add(_until);
        command.Add(_source);
        command.Add(_author);
        command.Add(_limit);
        command.Add(_includeDuplicates);
    }

    /// <exception cref="UsageException">A date is not a year, month or day, or the limit is negative.</exception>
    public ArticleFilter Read(ParseResult parseResult)
    {
        var limit = parseResult.GetValue(_limit);
        if (limit < 0)
        {
            throw new UsageException($"--limit must be 0 (all) or more, not {limit}");
        }

        return new ArticleFilter
        {
            Since = Date(parseResult.GetValue(_since), "--since"),
            Until = Date(parseResult.GetValue(_until), "--until"),
            Source = Blank(parseResult.GetValue(_source)),
            Author = Blank(parseResult.GetValue(_author)),
            Limit = limit == 0 ? null : limit,
            IncludeDuplicates = parseResult.GetValue(_includeDuplicates),
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
