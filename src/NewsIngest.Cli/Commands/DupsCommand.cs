using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>dups</c>: the duplicate clusters of the store; <c>dups explain A B</c> says why two articles are (not) copies.</summary>
internal sealed class DupsCommand : Command
{
    private readonly Option<string?> _db = SharedOptions.Db();

    private readonly Option<string?> _format = RowFormat.Option();

    public DupsCommand(CliContext context)
        : base("dups", "List duplicate clusters: the canonical article, its copies, their kind and similarity")
    {
        Add(_db);
        Add(_format);
        Add(new DupsExplainCommand(context));
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var db = SharedOptions.ResolveDb(parseResult.GetValue(_db), context);
        using var store = StoreFactory.Open(db, StoreMode.ReadOnly);
        var clusters = store.ListClusters();
        var format = RowFormat.Resolve(parseResult.GetValue(_format), context);
        if (clusters.Count == 0)
        {
            // Still one document for json ([]) and the header for csv; on a terminal, a word on stderr.
            if (format != RowFormat.Table)
            {
                ClusterWriter.Write(context.Output, clusters, format, context.TerminalWidth);
            }

            RowFormat.SayNone(context, format, "no duplicate clusters");
            return ExitCodes.Negative;
        }

        ClusterWriter.Write(context.Output, clusters, format, context.TerminalWidth);
        return ExitCodes.Success;
    }
}
