using System.CommandLine;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>dups</c>: the duplicate clusters of the store; <c>dups explain A B</c> says why two articles are (not) copies.</summary>
internal sealed class DupsCommand : Command
{
    private readonly Option<string?> _db = SharedOptions.Db();

    private readonly Option<string?> _format = new("--format", "-f")
    {
        Description = "Output format: table, json, jsonl, csv (default: table on a terminal, jsonl in a pipe)",
    };

    public DupsCommand(CliContext context)
        : base("dups", "List duplicate clusters: the canonical article, its copies, their kind and similarity")
    {
        _format.AcceptOnlyFromAmong("table", "json", "jsonl", "csv");
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
        if (clusters.Count == 0)
        {
            return ExitCodes.Negative;
        }

        var format = parseResult.GetValue(_format) ?? (context.OutputIsTerminal ? "table" : "jsonl");
        ClusterWriter.Write(context.Output, clusters, format, context.TerminalWidth);
        return ExitCodes.Success;
    }
}
