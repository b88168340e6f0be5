using System.Text.Json;

namespace NewsIngest.Tests.Cli;

public sealed class ExportCommandTests(QueryFixture store) : IClassFixture<QueryFixture>
{
    [Fact]
    public void Export_as_csv_of_the_seeds_has_a_header_and_5_rows_with_the_body_and_duplicate_of()
    {
        var (exit, output, _) = QueryFixture.Run("export", "--format", "csv", "--db", store.SeedsDb);

        Assert.Equal(0, exit);
        var records = ReadCsv(output);
        Assert.Equal(6, records.Count);
        Assert.Contains("duplicate_of", records[0]);
        var body = records[0].IndexOf("body");
        Assert.True(body > 0);
        Assert.All(records.Skip(1), r => Assert.Equal(records[0].Count, r.Count));
        Assert.All(records.Skip(1), r => Assert.Contains("Trump", r[body], StringComparison.Ordinal));
    }

    [Fact]
    public void Export_as_jsonl_by_default_holds_every_article_by_id()
    {
        var (exit, output, _) = QueryFixture.Run("export", "--db", store.Db);

        Assert.Equal(0, exit);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), ids);
        Assert.Contains("\"duplicate_of\":null", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Trump")]
    [InlineData("\"interest rates\" OR ferry")]
    public void Export_with_a_search_holds_the_articles_search_finds_in_id_order(string query)
    {
        var (exit, output, _) = QueryFixture.Run("export", "--search", query, "--db", store.Db);
        var (_, found, _) = QueryFixture.Run("search", query, "--include-duplicates", "--limit", "0", "--format", "jsonl", "--db", store.Db);

        Assert.Equal(Ids(found).Count == 0 ? 1 : 0, exit);
        Assert.Equal(Ids(found).Order(), Ids(output));
    }

    [Fact]
    public void Export_with_list_filters_holds_the_articles_list_shows_and_no_duplicate()
    {
        var (exit, output, _) = QueryFixture.Run("export", "--no-duplicates", "--since", "2000", "--db", store.Db);
        var (_, listed, _) = QueryFixture.Run("list", "--since", "2000", "--limit", "0", "--format", "jsonl", "--db", store.Db);
        var (_, limited, _) = QueryFixture.Run("export", "--limit", "2", "--db", store.Db);

        Assert.Equal(0, exit);
        Assert.NotEmpty(Ids(output));
        Assert.Equal(Ids(listed).Order(), Ids(output));
        Assert.DoesNotContain("\"duplicate_of\":1", output, StringComparison.Ordinal);
        Assert.Equal([1L, 2L], Ids(limited));
    }

    [Fact]
    public void Export_with_a_search_of_only_exclusions_is_refused_before_any_file_is_written()
    {
        var file = Path.Combine(store.Folder, $"export-{Guid.NewGuid():N}.jsonl");

        var (exit, output, error) = QueryFixture.Run("export", "--search", "-tram", "--output", file, "--db", store.Db);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("newsingest: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    private static List<long> Ids(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64())];

    [Fact]
    public void Export_to_a_file_writes_nothing_on_stdout_and_says_where_on_stderr()
    {
        var file = Path.Combine(store.Folder, $"export-{Guid.NewGuid():N}.csv");

        var (exit, output, error) = QueryFixture.Run("export", "--format", "csv", "--output", file, "--db", store.Db);

        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Equal(9, ReadCsv(File.ReadAllText(file)).Count);
        Assert.False(File.Exists(file + ".partial"));
    }

    [Fact]
    public void An_interrupted_export_to_a_file_exits_130_and_leaves_no_file()
    {
        var file = Path.Combine(store.Folder, $"export-{Guid.NewGuid():N}.jsonl");

        var (exit, output, error) = QueryFixture.RunInterrupted("export", "--output", file, "--db", store.Db);

        Assert.Equal(130, exit);
        Assert.Equal("", output);
        Assert.Contains("interrupted", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(file + ".partial"));
    }

    /// <summary>A small RFC 4180 reader, independent of the writer: quoted fields may hold commas, quotes and newlines.</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                Assert.NotEqual('\n', c);
                field.Append(c);
            }
        }

        Assert.Empty(record);
        return records;
    }
}
