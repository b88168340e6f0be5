using System.CommandLine;
using NewsIngest.Cli.Infrastructure;

namespace NewsIngest.Cli.Output;

/// <summary>
/// The one <c>--format</c> vocabulary of commands whose results are rows: <c>table</c> for people, <c>json</c> one
/// JSON document (an array), <c>jsonl</c> one object a line, <c>csv</c> with a header row. No rows is still a
/// document: <c>[]</c> for json, the header for csv.
/// </summary>
public static class RowFormat
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Jsonl = "jsonl";
    public const string Csv = "csv";
    public const string Parquet = "parquet";

    /// <summary>A <c>--format</c> option without a default value, so the default can follow where stdout goes.</summary>
    public static Option<string?> Option(params string[] allowed)
    {
        allowed = allowed.Length == 0 ? [Table, Json, Jsonl, Csv] : allowed;
        var option = new Option<string?>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)} (json is one document, jsonl one object a line; " +
                $"default: {(allowed.Contains(Table) ? "table on a terminal, " : "")}jsonl in a pipe)",
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>The format asked for, else <c>table</c> on a terminal and <c>jsonl</c> in a pipe or file.</summary>
    public static string Resolve(string? given, CliContext context) =>
        given ?? (context.OutputIsTerminal ? Table : Jsonl);

    /// <summary>On a terminal, says on stderr that there is nothing (a table of no rows prints nothing on stdout).</summary>
    public static void SayNone(CliContext context, string format, string what)
    {
        if (context.OutputIsTerminal && format == Table)
        {
            context.Error.WriteLine($"newsingest: {what}");
        }
    }

    /// <summary>On a terminal, when a page of rows was cut from more, says so on stderr and how to see them all.</summary>
    public static void SayShown(CliContext context, int shown, long total)
    {
        if (total > shown)
        {
            context.Error.WriteLine($"newsingest: {shown:N0} of {total:N0} shown; --limit 0 for all");
        }
    }
}
