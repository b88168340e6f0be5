using System.Text.Json;
using NewsIngest.Cli.Output;
using NewsIngest.Storage;
using NewsIngest.Tests.Support;
using Parquet;
using Parquet.Serialization;

namespace NewsIngest.Tests.Cli;

public class ParquetExportTests
{
    /// <summary>A store with text, HTML and web-archive articles, duplicates among them.</summary>
    private static string Store(TempFolder folder)
    {
        SeedCopy.Into(folder);
        new WarcBuilder(gzip: true)
            .Page("https://daily.example/2024/05/06/barrier.html", "<urn:uuid:one>", "Flood barrier opens", "The river authority opened the new flood barrier on Tuesday after four years of building work.")
            .WriteTo(folder.File("seeds/crawl.warc.gz"));
        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.File("seeds"), "--db", db).ExitCode);
        return db;
    }

    [Fact]
    public async Task I_can_export_the_store_in_the_Parquet_format_with_every_value_equal_to_the_jsonl_export()
    {
        using var folder = new TempFolder();
        var db = Store(folder);
        var file = folder.File("out/corpus.parquet");
        Directory.CreateDirectory(folder.File("out"));

        var run = CliRun.Invoke("export", "--format", "parquet", "--output", file, "--db", db);
        var jsonl = CliRun.Invoke("export", "--format", "jsonl", "--db", db).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"exported 6 articles to {file}", run.Error, StringComparison.Ordinal);
        await using var stream = File.OpenRead(file);
        var rows = (await ParquetSerializer.DeserializeAsync<ParquetArticleRow>(stream)).Data;
        Assert.Equal(jsonl.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            using var expected = JsonDocument.Parse(jsonl[i]);
            AssertSame(expected.RootElement, rows[i]);
        }

        Assert.Contains(rows, r => r.DuplicateKind == "excerpt");
        Assert.Contains(rows, r => r.Url == "https://daily.example/2024/05/06/barrier.html" && r.Fetched == new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc));
        Assert.Contains(rows, r => r.Authors.Count > 1);
        Assert.Contains(rows, r => r.Authors.Count == 0);
    }

    [Fact]
    public async Task A_Parquet_export_is_written_in_row_groups_as_it_streams()
    {
        using var folder = new TempFolder();
        var db = Store(folder);
        using var store = StoreFactory.Open(db, StoreMode.ReadOnly);
        using var output = new MemoryStream();

        var count = ParquetArticleWriter.Write(output, store.ExportAll(), rowGroupRows: 4);

        output.Position = 0;
        await using (var reader = await ParquetReader.CreateAsync(output, leaveStreamOpen: true))
        {
            Assert.Equal(6, count);
            Assert.Equal(2, reader.RowGroupCount);
            Assert.Equal([4L, 2L], reader.RowGroups.Select(g => g.RowCount));
        }

        // The second group starts afresh: no value (an author list above all) runs over from the first.
        output.Position = 0;
        var rows = (await ParquetSerializer.DeserializeAsync<ParquetArticleRow>(output)).Data;
        var expected = store.ExportAll().ToList();
        Assert.Equal(expected.Select(r => r.Id!.Value), rows.Select(r => r.Id));
        Assert.Equal(expected.Select(r => string.Join('|', r.Authors)), rows.Select(r => string.Join('|', r.Authors)));
        Assert.Equal(expected.Select(r => r.Body), rows.Select(r => r.Body));
    }

    [Fact]
    public void Parquet_without_an_output_file_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var db = Store(folder);

        var run = CliRun.Invoke("export", "--format", "parquet", "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output FILE", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    private static void AssertSame(JsonElement json, ParquetArticleRow row)
    {
        Assert.Equal(json.GetProperty("id").GetInt64(), row.Id);
        Assert.Equal(json.GetProperty("path").GetString(), row.Path);
        Assert.Equal(json.GetProperty("sha256").GetString(), row.Sha256);
        Assert.Equal(json.GetProperty("title").GetString(), row.Title);
        var published = json.GetProperty("published").GetString();
        Assert.Equal(published, row.PublishedText);
        Assert.Equal(published is { Length: >= 10 } ? DateOnly.Parse(published[..10], System.Globalization.CultureInfo.InvariantCulture) : null, row.Published);
        Assert.Equal(json.GetProperty("date_source").GetString(), row.DateSource);
        Assert.Equal(json.GetProperty("modified").GetString(), row.ModifiedText);
        Assert.Equal(json.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!), row.Authors);
        Assert.Equal(json.GetProperty("source").GetString(), row.Source);
        Assert.Equal(json.GetProperty("dateline").GetString(), row.Dateline);
        Assert.Equal(json.GetProperty("body").GetString(), row.Body);
        Assert.Equal(json.GetProperty("word_count").GetInt32(), row.WordCount);
        Assert.Equal(json.GetProperty("language").GetString(), row.Language);
        Assert.Equal(json.GetProperty("duplicate_of") is { ValueKind: JsonValueKind.Number } d ? d.GetInt64() : null, row.DuplicateOf);
        Assert.Equal(json.GetProperty("duplicate_kind").GetString(), row.DuplicateKind);
        Assert.Equal(json.GetProperty("similarity") is { ValueKind: JsonValueKind.Number } s ? s.GetDouble() : null, row.Similarity);
        Assert.Equal(json.GetProperty("url").GetString(), row.Url);
        foreach (var (name, value) in new[] { ("boilerplate", row.Boilerplate), ("warnings", row.Warnings), ("provenance", row.Provenance) })
        {
            using var parsed = JsonDocument.Parse(value);
            Assert.True(JsonElement.DeepEquals(json.GetProperty(name), parsed.RootElement), $"{name} of #{row.Id}: {value}");
        }
    }
}
