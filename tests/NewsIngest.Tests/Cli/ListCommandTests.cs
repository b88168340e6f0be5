using System.Text.Json;

namespace NewsIngest.Tests.Cli;

public sealed class ListCommandTests(QueryFixture store) : IClassFixture<QueryFixture>
{
    [Fact]
    public void List_prints_articles_newest_first_with_undated_ones_last_in_id_order()
    {
        var (exit, output, _) = QueryFixture.Run("list", "--db", store.Db);

        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, rows.Count); // eight articles, one of them (seed 003) an excerpt of another: hidden
        Assert.Equal(["000", "004", "002", "lighthouse", "marmalade"], QueryFixture.Names(output).Take(5));
        var undated = rows.Where(r => r.GetProperty("published").ValueKind == JsonValueKind.Null).Select(r => r.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(undated.Order(), undated);
        Assert.DoesNotContain("\"rank\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"snippet\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_applies_the_filters_and_the_limit()
    {
        Assert.Equal(["000", "004", "002", "lighthouse"], QueryFixture.Names(QueryFixture.Run("list", "--since", "2024-01-01", "--db", store.Db).Output));
        Assert.Equal(["marmalade"], QueryFixture.Names(QueryFixture.Run("list", "--until", "2023", "--db", store.Db).Output));
        Assert.Equal(3, QueryFixture.Names(QueryFixture.Run("list", "--limit", "3", "--db", store.Db).Output).Count);
    }

    [Fact]
    public void List_with_nothing_to_show_prints_an_empty_json_array_and_exits_1()
    {
        var (exit, output, _) = QueryFixture.Run("list", "--source", "No Such Outlet", "--format", "json", "--db", store.Db);

        Assert.Equal(1, exit);
        Assert.Equal("[]", output.Trim());
    }

    [Fact]
    public void List_as_a_table_fits_the_terminal_and_cuts_titles_with_an_ellipsis()
    {
        var (exit, output, _) = QueryFixture.Run(new Dictionary<string, string> { ["NO_COLOR"] = "" }, terminal: true, "list", "--db", store.Db);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.True(line.Length <= 80, line));
        Assert.Contains(lines, line => line.EndsWith('…'));
        Assert.Contains("2025-10-31", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void List_as_csv_has_a_header_row_and_one_row_per_article()
    {
        var (exit, output, _) = QueryFixture.Run("list", "--format", "csv", "--limit", "0", "--db", store.Db);

        Assert.Equal(0, exit);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.DoesNotContain(",body", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void List_refuses_a_negative_limit_with_exit_2()
    {
        var (exit, output, error) = QueryFixture.Run("list", "--limit", "-1", "--db", store.Db);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("newsingest: --limit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_reads_the_store_named_by_NEWSINGEST_DB()
    {
        var (exit, output, _) = QueryFixture.Run(new Dictionary<string, string> { ["NEWSINGEST_DB"] = store.SeedsDb }, terminal: false, "list");

        Assert.Equal(0, exit);
        Assert.Equal(["000", "001", "002", "004"], QueryFixture.Names(output).Order());
    }
}
