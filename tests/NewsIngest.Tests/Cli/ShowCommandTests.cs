using System.Text.Json;

namespace NewsIngest.Tests.Cli;

public sealed class ShowCommandTests(QueryFixture store) : IClassFixture<QueryFixture>
{
    [Fact]
    public void Show_by_id_prints_the_fields_then_the_body()
    {
        var (exit, output, _) = QueryFixture.Run("show", LighthouseId(), "--db", store.Db);

        Assert.Equal(0, exit);
        Assert.Contains("published  2024-03-14 [header]", output, StringComparison.Ordinal);
        Assert.Contains("The old lighthouse on the north pier of Gullhaven", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_by_path_as_json_is_the_indented_contract_record()
    {
        var path = Path.Combine(QueryFixture.FixturesFolder, "tram.txt");

        var (exit, output, _) = QueryFixture.Run("show", path, "--format", "json", "--db", store.Db);

        Assert.Equal(0, exit);
        var record = JsonDocument.Parse(output).RootElement;
        Assert.Equal(path, record.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("published").ValueKind);
        Assert.False(record.TryGetProperty("rank", out _));
        Assert.Contains('\n', output.Trim());
    }

    [Fact]
    public void Show_of_an_unknown_article_prints_nothing_on_stdout_and_exits_1()
    {
        var (exit, output, error) = QueryFixture.Run("show", "9999", "--db", store.Db);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("9999", error, StringComparison.Ordinal);
    }

    private string LighthouseId()
    {
        var line = QueryFixture.Run("search", "Gullhaven", "--db", store.Db).Output.Split('\n')[0];
        return JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
