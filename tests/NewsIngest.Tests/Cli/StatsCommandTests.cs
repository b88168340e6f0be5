using System.Text.Json;

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
    public void Stats_of_a_missing_database_exits_2_and_does_not_create_it()
    {
        var missing = Path.Combine(store.Folder, "nothing-here.db");

        var (exit, _, error) = QueryFixture.Run("stats", "--db", missing);

        Assert.Equal(2, exit);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
