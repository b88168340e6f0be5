using System.Text.Json;

namespace NewsIngest.Tests.Support;

/// <summary>
/// What a store holds, as <c>newsingest export</c> prints it, keyed by path: title, date, authors, body, and the
/// cluster as the canonical's path and the kind. Ids differ between stores built in different ways; these do not.
/// Works on both engines, as it reads through the CLI.
/// </summary>
public static class ExportSnapshot
{
    public static List<string> Of(string db)
    {
        var run = CliRun.Invoke("export", "--db", db, "--format", "jsonl");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"export failed ({run.ExitCode}): {run.Error}");
        }

        var records = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var paths = records.ToDictionary(r => r.GetProperty("id").GetInt64(), r => r.GetProperty("path").GetString());
        return [.. records
            .Select(r => string.Join('|',
                r.GetProperty("path").GetString(),
                Text(r, "title"),
                Text(r, "published"),
                string.Join(';', r.GetProperty("authors").EnumerateArray().Select(a => a.GetString())),
                r.GetProperty("body").GetString(),
                r.GetProperty("duplicate_of").ValueKind == JsonValueKind.Null ? "∅" : paths[r.GetProperty("duplicate_of").GetInt64()],
                Text(r, "duplicate_kind")))
            .Order(StringComparer.Ordinal)];
    }

    private static string Text(JsonElement record, string name) =>
        record.GetProperty(name).ValueKind == JsonValueKind.Null ? "∅" : record.GetProperty(name).GetString() ?? "∅";
}
