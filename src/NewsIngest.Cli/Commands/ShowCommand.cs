using System.CommandLine;
using System.Globalization;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Core.Serialization;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>show ID-or-PATH</c>: one stored article, as text or as the contract JSON.</summary>
internal sealed class ShowCommand : Command
{
    private readonly Argument<string> _target = new("ID-or-PATH")
    {
        Description = "The article's id, or the path it was ingested from (as given to ingest)",
    };

    private readonly Option<string?> _db = SharedOptions.Db();
    private readonly Option<string> _format = SharedOptions.Format("text", "text", "json");

    public ShowCommand(CliContext context)
        : base("show", "Show one stored article: its fields, body, removed boilerplate and warnings")
    {
        Add(_target);
        Add(_format);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var target = (parseResult.GetValue(_target) ?? "").Trim();
        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        var record = Find(store, target);
        if (record is null)
        {
            // A folder or a web archive was ingested as several articles: say how many, and how to list them.
            var (held, shown) = (Held(store, target, duplicates: true), Held(store, target, duplicates: false));
            var escaped = TerminalText.Escape(target);
            context.Error.WriteLine(held > 0
                ? $"newsingest: no article with id or path '{escaped}': the store holds {held} {(held == 1 ? "article" : "articles")} from files under it or pages in it " +
                  $"(see 'newsingest list --path {escaped}{(shown < held ? " --include-duplicates" : "")}')"
                : $"newsingest: no article with id or path '{escaped}' (see 'newsingest list')");
            return ExitCodes.Negative;
        }

        if (parseResult.GetValue(_format) == "json")
        {
            context.Output.WriteLine(RecordJson.Serialize(record, indented: true));
        }
        else
        {
            RecordTextWriter.Write(context.Output, record);
        }

        return ExitCodes.Success;
    }

    /// <summary>How many stored articles come from files under <paramref name="target"/> or from pages in it.</summary>
    private static long Held(IArticleStore store, string target, bool duplicates)
    {
        if (target.Length == 0)
        {
            return 0;
        }

        return store.Count(new Storage.Queries.ArticleFilter { Path = Path.GetFullPath(target), IncludeDuplicates = duplicates, Limit = null });
    }

    /// <summary>An id first when the argument is a number (a file named "12" is still found by its path).</summary>
    private static ArticleRecord? Find(IArticleStore store, string target)
    {
        if (long.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && store.GetById(id) is { } byId)
        {
            return byId;
        }

        return TypedPath.Spellings(target).Select(store.GetByPath).FirstOrDefault(r => r is not null) ?? store.GetByUrl(target);
    }
}
