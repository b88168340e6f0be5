using System.Text.Json;
using NewsIngest.Cli.Output;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

public sealed class StatsCommandTests(QueryFixture store) : IClassFixture<QueryFixture>
{
    [Fact]
    public void Stats_as_json_counts_the_store()
    {
        var (exit, output, _) = QueryFixture.Run("stats", "--format", "json", "--db", store.Db);

        Assert.Equal(0, exit);
        var stats = JsonDocument.Parse(output).RootElement;
        Assert.Equal(8, stats.GetProperty("articles").GetInt64());
        Assert.Equal(0, stats.GetProperty("failed_files").GetInt64());
        Assert.Equal(1, stats.GetProperty("runs").GetInt64());
        var months = stats.GetProperty("by_month").EnumerateArray().Select(m => (m.GetProperty("key").ToString(), m.GetProperty("count").GetInt64())).ToList();
        Assert.Contains(("2024-03", 1L), months);
        Assert.Contains(("2023-11", 1L), months);
        Assert.Equal(8, months.Sum(m => m.Item2));
    }

    [Fact]
    public void Stats_draws_a_bar_per_month_on_a_terminal_only()
    {
        var terminal = QueryFixture.Run(new Dictionary<string, string>(), terminal: true, "stats", "--db", store.Db);
        var pipe = QueryFixture.Run("stats", "--db", store.Db);

        Assert.Equal(0, terminal.Exit);
        Assert.Contains("articles      8", terminal.Output, StringComparison.Ordinal);
        Assert.Contains("by month", terminal.Output, StringComparison.Ordinal);
        Assert.Matches(@"2024-03\s+1\s+█", terminal.Output);
        Assert.Matches(@"\(none\)\s+3\s", terminal.Output);
        Assert.Contains("2024-03", pipe.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('█', pipe.Output);
    }

    [Fact]
    public void On_a_terminal_stats_shows_the_largest_sources_and_says_how_many_more_a_pipe_lists()
    {
        using var folder = new TempFolder();
        var words = new[] { "harbour", "ferry", "pier", "quay", "lighthouse", "tide", "dock", "buoy", "anchor", "sail", "mast", "keel", "hull", "rudder", "deck", "cabin", "galley", "bow", "stern", "port", "starboard", "wharf", "jetty", "marina" };
        for (var i = 0; i < words.Length; i++)
        {
            var source = i == 0 ? "" : $"Source: {(i <= 2 ? "Big Outlet" : $"Outlet {i}")}\n";
            File.WriteAllText(folder.File($"{i:00}.txt"), $"Title: The {words[i]} story\n{source}\nThe council met on Monday to talk about the {words[i]} and agreed to spend more on its upkeep next year, members said.\n");
        }

        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.Path, "--db", db).ExitCode);

        var terminal = QueryFixture.Run(new Dictionary<string, string>(), terminal: true, "stats", "--db", db);
        var pipe = QueryFixture.Run("stats", "--db", db);

        var shown = terminal.Output.Split("by source")[1].Split("by month")[0];
        Assert.StartsWith("\n  Big Outlet ", shown, StringComparison.Ordinal);
        Assert.Contains("(none)", shown, StringComparison.Ordinal);
        Assert.Equal(StatsWriter.TerminalSources + 1, shown.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.Contains('…', StringComparison.Ordinal)));
        Assert.Contains("  … 2 more (--format json, or stats in a pipe, lists them all)", shown, StringComparison.Ordinal);
        Assert.Contains("Outlet 23", pipe.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("more (", pipe.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_years_of_months_are_shown_a_year_a_line_and_a_pipe_keeps_every_month()
    {
        using var folder = new TempFolder();
        var months = StatsWriter.TerminalMonths + 4;
        for (var i = 0; i < months; i++)
        {
            var day = new DateOnly(2019, 1, 15).AddMonths(i);
            File.WriteAllText(folder.File($"{i:00}.txt"), $"Title: Council report {i}\nDate: {day:yyyy-MM-dd}\n\nReport number {i} of the council went to {i * 7} homes on the {day:MMMM} round, members said on Monday.\n");
        }

        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.Path, "--db", db).ExitCode);

        var terminal = QueryFixture.Run(new Dictionary<string, string>(), terminal: true, "stats", "--db", db);
        var pipe = QueryFixture.Run("stats", "--db", db);

        Assert.Equal(0, terminal.Exit);
        Assert.DoesNotContain("\nby month", terminal.Output, StringComparison.Ordinal);
        var years = terminal.Output.Split("by year")[1];
        Assert.Matches(@"\n  2019\s+12\s+█", years);
        Assert.Matches(@"\n  2022\s+4\s+█", years);
        Assert.DoesNotContain("2019-01", terminal.Output, StringComparison.Ordinal);
        Assert.Contains($"({months} months: --format json, or stats in a pipe, lists them by month)", years, StringComparison.Ordinal);
        Assert.Contains("2022-04", pipe.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("by year", pipe.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024,2024-01,2024-02,2025-03,", "2024:3,2025:1,(none):1")]
    [InlineData("2023-12,2024-01", "2023:1,2024:1")]
    public void Months_sum_into_their_years_in_order(string keys, string expected)
    {
        var byMonth = keys.Split(',').Select(k => new NewsIngest.Storage.Queries.CountBy(k.Length == 0 ? null : k, 1)).ToList();

        var years = StatsWriter.ByYear(byMonth).Select(c => $"{c.Key ?? "(none)"}:{c.Count}");

        Assert.Equal(expected, string.Join(',', years));
    }

    [Fact]
    public void Stats_of_a_missing_database_exits_2_and_does_not_create_it()
    {
        var missing = Path.Combine(store.Folder, "nothing-here.db");

        var (exit, _, error) = QueryFixture.Run("stats", "--db", missing);

        Assert.Equal(2, exit);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
