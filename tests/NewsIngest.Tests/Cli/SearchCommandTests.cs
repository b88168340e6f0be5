using System.Text.Json;

namespace NewsIngest.Tests.Cli;

public sealed class SearchCommandTests(QueryFixture store) : IClassFixture<QueryFixture>
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void Search_prints_one_record_per_line_in_a_pipe_with_rank_and_a_bracketed_snippet_and_no_body()
    {
        var (exit, output, error) = QueryFixture.Run("search", "lighthouse", "--db", store.Db);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["lighthouse", "marmalade"], QueryFixture.Names(output).Order());
        foreach (var line in lines)
        {
            var row = JsonDocument.Parse(line).RootElement;
            Assert.True(row.GetProperty("id").GetInt64() > 0);
            Assert.False(row.TryGetProperty("body", out _));
            Assert.Equal(JsonValueKind.Null, row.GetProperty("duplicate_of").ValueKind);
            Assert.Equal(JsonValueKind.Number, row.GetProperty("rank").ValueKind);
            Assert.Contains("[lighthouse]", row.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
        }

        var ranks = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("rank").GetDouble()).ToList();
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public void Search_as_json_is_one_array_of_records()
    {
        var (exit, output, _) = QueryFixture.Run("search", "tram", "--format", "json", "--db", store.Db);

        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement;
        Assert.Equal(JsonValueKind.Array, rows.ValueKind);
        Assert.Equal("tram", QueryFixture.Name(Assert.Single(rows.EnumerateArray()).GetProperty("path").GetString()!));
    }

    [Fact]
    public void Search_as_csv_has_a_header_row_with_rank_and_snippet_and_no_body()
    {
        var (exit, output, _) = QueryFixture.Run("search", "marmalade", "--format", "csv", "--db", store.Db);

        Assert.Equal(0, exit);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,path,sha256,title,published,", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",rank,snippet", lines[0], StringComparison.Ordinal);
        Assert.Single(lines.Skip(1));
        Assert.Contains(",2023-11-02,header,", lines[1], StringComparison.Ordinal);
        Assert.Contains("[marmalade]", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_on_a_terminal_prints_a_table_with_the_snippet_under_each_row_in_bold()
    {
        var (exit, output, _) = QueryFixture.Run(NoEnvironment, terminal: true, "search", "lighthouse", "--db", store.Db);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("ID", lines[0], StringComparison.Ordinal);
        Assert.Contains("TITLE", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
        Assert.Contains("\u001b[1mlighthouse\u001b[0m", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("[lighthouse]", output, StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.True(VisibleLength(line) <= 80, line));
    }

    [Fact]
    public void Search_never_colours_with_NO_COLOR_set_or_in_json_on_a_terminal()
    {
        var noColor = new Dictionary<string, string> { ["NO_COLOR"] = "1" };

        var plain = QueryFixture.Run(noColor, terminal: true, "search", "lighthouse", "--db", store.Db);
        var json = QueryFixture.Run(NoEnvironment, terminal: true, "search", "lighthouse", "--format", "jsonl", "--db", store.Db);

        Assert.Contains("[lighthouse]", plain.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', plain.Output);
        Assert.Contains("[lighthouse]", json.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', json.Output);
        Assert.DoesNotContain('\u0002', json.Output);
    }

    [Fact]
    public void Search_filters_by_date_and_leaves_out_undated_articles()
    {
        var since = QueryFixture.Run("search", "lighthouse OR tram", "--since", "2024", "--db", store.Db);
        var until = QueryFixture.Run("search", "lighthouse OR tram", "--until", "2023-12", "--db", store.Db);

        Assert.Equal(["lighthouse"], QueryFixture.Names(since.Output));
        Assert.Equal(["marmalade"], QueryFixture.Names(until.Output));
    }

    [Fact]
    public void Search_joins_several_arguments_into_one_query_and_applies_the_limit()
    {
        var (exit, output, _) = QueryFixture.Run("search", "Trump", "Venezuela", "--limit", "2", "--db", store.Db);

        Assert.Equal(0, exit);
        Assert.Equal(2, QueryFixture.Names(output).Count);
    }

    [Fact]
    public void Search_zzz_prints_nothing_and_exits_1()
    {
        var (exit, output, error) = QueryFixture.Run("search", "zzz", "--db", store.SeedsDb);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("AND AND")]
    [InlineData("\"Maduro")]
    public void Search_fts_with_a_query_FTS5_rejects_exits_2_with_one_line_that_quotes_it(string query)
    {
        var (exit, output, error) = QueryFixture.Run("search", "--fts", query, "--db", store.SeedsDb);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsingest: ", line, StringComparison.Ordinal);
        Assert.Contains($"'{query}'", line, StringComparison.Ordinal);
        Assert.Contains("quote the phrase", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_of_a_missing_database_exits_2_naming_it_and_does_not_create_it()
    {
        var missing = Path.Combine(store.Folder, "missing.db");

        var (exit, output, error) = QueryFixture.Run("search", "Maduro", "--db", missing);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Search_refuses_a_date_that_is_not_a_year_month_or_day()
    {
        var (exit, _, error) = QueryFixture.Run("search", "Maduro", "--since", "31/10/2025", "--db", store.SeedsDb);

        Assert.Equal(2, exit);
        Assert.Contains("--since", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Maduro_on_the_seeds_lists_000_001_002_004_and_003_only_with_duplicates()
    {
        var hidden = QueryFixture.Run("search", "Maduro", "--db", store.SeedsDb);
        var shown = QueryFixture.Run("search", "Maduro", "--include-duplicates", "--db", store.SeedsDb);

        Assert.Equal(["000", "001", "002", "004"], QueryFixture.Names(hidden.Output).Order());
        Assert.Equal(["000", "001", "002", "003", "004"], QueryFixture.Names(shown.Output).Order());
    }

    [Fact]
    public void Search_Maduro_since_2025_10_01_keeps_000_and_until_2025_09_30_keeps_004()
    {
        Assert.Equal(["000"], QueryFixture.Names(QueryFixture.Run("search", "Maduro", "--since", "2025-10-01", "--db", store.SeedsDb).Output));
        Assert.Equal(["004"], QueryFixture.Names(QueryFixture.Run("search", "Maduro", "--until", "2025-09-30", "--db", store.SeedsDb).Output));
    }

    [Fact]
    public void Search_Maduro_by_Kylie_Atwood_or_from_CNN_keeps_002()
    {
        Assert.Equal(["002"], QueryFixture.Names(QueryFixture.Run("search", "Maduro", "--author", "Kylie Atwood", "--db", store.SeedsDb).Output));
        Assert.Equal(["002"], QueryFixture.Names(QueryFixture.Run("search", "Maduro", "--source", "CNN", "--db", store.SeedsDb).Output));
    }

    private static int VisibleLength(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "\u001b\\[[0-9;]*m", "").Length;
}
