using System.Text.Json;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Postgres;

/// <summary>
/// The real commands, in process, on the seeds ingested into SQLite and into PostgreSQL: every command answers the
/// same on both (search ranks and snippets aside, which the engines compute their own way).
/// </summary>
public sealed class PostgresCliTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public void Every_command_answers_the_same_on_PostgreSQL_as_on_SQLite()
    {
        using var folder = new TempFolder();
        var seeds = SeedCopy.Into(folder);
        var sqlite = folder.File("seeds.db");
        var pg = database.Fresh();

        Assert.Equal(0, CliRun.Invoke("ingest", seeds, "--db", sqlite, "--quiet").ExitCode);
        var ingest = CliRun.Invoke("ingest", seeds, "--db", pg, "--quiet");
        Assert.Equal(0, ingest.ExitCode);
        Assert.StartsWith("5 files seen: 5 new, 0 updated, 0 unchanged, 1 duplicates, 0 failed", ingest.Output, StringComparison.Ordinal);
        Assert.Contains("5 unchanged", CliRun.Invoke("ingest", seeds, "--db", pg, "--quiet").Output, StringComparison.Ordinal);
        Assert.Contains("5 unchanged", CliRun.Invoke("ingest", seeds, "--db", sqlite, "--quiet").Output, StringComparison.Ordinal);

        foreach (var command in new[]
        {
            new[] { "list", "--format", "json" },
            ["list", "--source", "cnn", "--format", "csv"],
            ["list", "--since", "2025-09", "--include-duplicates", "--format", "jsonl"],
            ["show", "3", "--format", "json"],
            ["stats", "--format", "json"],
            ["dups", "--format", "json"],
            ["dups", "explain", "3", "4"],
            ["export", "--format", "jsonl"],
            ["sql", "select path, title, published from articles order by id", "--format", "csv"],
        })
        {
            var expected = CliRun.Invoke([.. command, "--db", sqlite]);
            var actual = CliRun.Invoke([.. command, "--db", pg]);
            Assert.True(expected.Output == actual.Output && expected.ExitCode == actual.ExitCode, $"{string.Join(' ', command)}:\n{expected.Output}\n---\n{actual.Output}{actual.Error}");
        }

        foreach (var query in new[] { "venezuela", "\"drug cartels\"", "maduro OR rubio", "strike NOT cartels", "venez*", "title:venezuela" })
        {
            Assert.Equal(SearchPaths(sqlite, query), SearchPaths(pg, query));
        }
    }

    [PostgresFact]
    public void Writes_through_sql_a_missing_store_and_a_bad_URI_are_exit_2_with_one_line_and_no_password()
    {
        using var folder = new TempFolder();
        var pg = database.Fresh();
        var withPassword = pg.Replace("://", "://postgres:hunter2@", StringComparison.Ordinal);

        var missing = CliRun.Invoke("list", "--db", withPassword);
        var badUri = CliRun.Invoke("list", "--db", "postgresql://ann:hunter2@db.example/news?colour=blue");
        Assert.Equal(0, CliRun.Invoke("ingest", SeedCopy.Into(folder), "--db", withPassword, "--quiet").ExitCode);
        var write = CliRun.Invoke("sql", "delete from articles", "--db", withPassword);
        var fromEnvironment = CliRun.Invoke(new Dictionary<string, string> { ["NEWSINGEST_DB"] = withPassword }, "sql", "select count(*) as n from articles", "--format", "csv");

        foreach (var run in new[] { missing, badUri, write })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("newsingest: ", run.Error, StringComparison.Ordinal);
            Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain("hunter2", run.Error + run.Output, StringComparison.Ordinal);
        }

        Assert.Equal("n\n5\n", fromEnvironment.Output.Replace("\r", "", StringComparison.Ordinal));
    }

    private static List<string> SearchPaths(string db, string query)
    {
        var run = CliRun.Invoke("search", query, "--db", db, "--format", "json", "--limit", "50");
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        // No match is exit 1 with nothing (or an empty array) on stdout.
        return run.Output.Trim().Length == 0
            ? []
            : [.. JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("path").GetString()!).Order(StringComparer.Ordinal)];
    }
}
