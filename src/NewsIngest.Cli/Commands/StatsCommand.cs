using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>stats</c>: counts of the store by source and month, duplicates and failures.</summary>
internal sealed class StatsCommand : Command
{
    private readonly Option<string?> _db = SharedOptions.Db();
    private readonly Option<string> _format = SharedOptions.Format("text", "text", "json");

    public StatsCommand(CliContext context)
        : base("stats", "Count articles, duplicates, clusters and failed files, by source and by month")
    {
        Add(_format);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        using var store = StoreFactory.Open(SharedOptions.ResolveDb(parseResult.GetValue(_db), context), StoreMode.ReadOnly);
        var stats = store.Stats();
        if (parseResult.GetValue(_format) == "json")
        {
            StatsWriter.WriteJson(context.Output, stats);
        }
        else
        {
            // Bars and a page of sources are for people: on a terminal only, so a pipe gets every plain aligned number.
            StatsWriter.WriteText(context.Output, stats, terminal: context.OutputIsTerminal, context.TerminalWidth);
        }

        return ExitCodes.Success;
    }
}
