using System.Text.Json;

namespace NewsIngest.Tests.Cli;

public sealed class SqlCommandTests(QueryFixture store) : IClassFixture<QueryFixture>
{
    [Fact]
    public void Sql_delete_from_articles_exits_2_and_deletes_nothing()
    {
        var (exit, output, error) = QueryFixture.Run("sql", "delete from articles", "--db", store.SeedsDb);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("newsingest: sql is read-only", error, StringComparison.Ordinal);
        Assert.Equal("{\"n\":5}\n", QueryFixture.Run("sql", "select count(*) as n from articles", "--db", store.SeedsDb).Output);
    }

    [Fact]
    public void Sql_as_json_is_an_array_of_objects_keyed_by_column_with_numbers_as_numbers()
    {
        var (exit, output, _) = QueryFixture.Run("sql", "select id, published, 1.5 as x from articles order by id limit 2", "--format", "json", "--db", store.Db);

        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(1, rows[0].GetProperty("id").GetInt64());
        Assert.Equal(1.5, rows[0].GetProperty("x").GetDouble());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("published").ValueKind);
    }

    [Fact]
    public void Sql_as_csv_quotes_fields_that_need_it()
    {
        var (exit, output, _) = QueryFixture.Run("sql", "select 'a,b' as x, 'say \"hi\"' as y, null as z", "--format", "csv", "--db", store.Db);

        Assert.Equal(0, exit);
        Assert.Equal("x,y,z\r\n\"a,b\",\"say \"\"hi\"\"\",\r\n", output);
    }

    [Fact]
    public void Sql_as_a_table_aligns_columns_and_fits_the_terminal()
    {
        var (exit, output, _) = QueryFixture.Run(
            new Dictionary<string, string> { ["NO_COLOR"] = "1" }, terminal: true, "sql", "select id, body from articles order by id", "--db", store.Db);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id  body", lines[0], StringComparison.Ordinal);
        Assert.Equal(9, lines.Length);
        Assert.All(lines, line => Assert.True(line.Length <= 80, line));
        Assert.StartsWith(" 1  ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_with_no_rows_prints_nothing_and_exits_0_as_the_sqlite3_shell_does()
    {
        var (exit, output, _) = QueryFixture.Run("sql", "select * from articles where 0", "--db", store.Db);

        Assert.Equal(0, exit);
        Assert.Equal("", output);
    }

    [Fact]
    public void Sql_that_SQLite_rejects_exits_2_with_its_message_on_one_line()
    {
        var (exit, output, error) = QueryFixture.Run("sql", "selec nothing", "--db", store.Db);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("newsingest: sql: near \"selec\": syntax error", error.Trim());
    }
}
