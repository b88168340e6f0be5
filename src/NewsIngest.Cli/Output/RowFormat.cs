using System.CommandLine;
using NewsIngest.Cli.Infrastructure;

namespace NewsIngest.Cli.Output;

/// <summary>The <c>--format</c> of commands whose results are rows: a table for people, JSON Lines for pipes.</summary>
public static class RowFormat
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Jsonl = "jsonl";
    public const string Csv = "csv";
    public const string Parquet = "parquet";

    /// <summary>A <c>--format</c> option without a default value, so the default can follow where stdout goes.</summary>
    public static Option<string?> Option()
    {
        var option = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table, json, jsonl, csv (default: table on a terminal, jsonl in a pipe)",
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong(Table, Json, Jsonl, Csv);
        return option;
    }

    /// <summary>The format asked for, else <c>table</c> on a terminal and <c>jsonl</c> in a pipe or file.</summary>
    public static string Resolve(string? given, CliContext context) =>
        given ?? (context.OutputIsTerminal ? Table : Jsonl);
}
