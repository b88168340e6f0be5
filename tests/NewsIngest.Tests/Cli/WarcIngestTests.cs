using System.Text;
using System.Text.Json;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

public class WarcIngestTests
{
    private const string Story = "The river authority opened the new flood barrier on Tuesday after four years of building work along the estuary.";

    private static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8];

    /// <summary>Three pages among the records a crawl also holds, then (optionally) a record cut off inside its gzip member.</summary>
    private static WarcBuilder Crawl(bool cutOffAtTheEnd)
    {
        var builder = new WarcBuilder(gzip: true)
            .Record("warcinfo", null, "<urn:uuid:info>", "2025-03-04T05:06:07Z", "application/warc-fields", "software: test\r\n"u8.ToArray())
            .Record("request", "https://daily.example/2024/05/06/barrier.html", "<urn:uuid:req1>", "2025-03-04T05:06:07Z", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray())
            .Page("https://daily.example/2024/05/06/barrier.html", "<urn:uuid:one>", "Flood barrier opens", Story)
            .Response("https://daily.example/robots.txt", WarcBuilder.Http("200 OK", "text/plain", "User-agent: *\n"u8.ToArray()), "<urn:uuid:robots>")
            .Response("https://daily.example/img/1.jpg", WarcBuilder.Http("200 OK", "image/jpeg", Jpeg), "<urn:uuid:img>")
            .Response("https://daily.example/old", WarcBuilder.Http("301 Moved Permanently", "text/html", [], "Location: /new"), "<urn:uuid:moved>")
            .Response("https://daily.example/gone", WarcBuilder.Http("404 Not Found", "text/html", "<html><body>Not found</body></html>"u8.ToArray()), "<urn:uuid:gone>")
            .Page("https://daily.example/news/2.html", "<urn:uuid:two>", "Schools reopen", "Schools across the county reopened on Monday after the storm damage to roofs and roads was repaired by crews.")
            .Record("metadata", "https://daily.example/news/2.html", "<urn:uuid:meta>", "2025-03-04T05:06:07Z", "application/warc-fields", "fetchTimeMs: 12\r\n"u8.ToArray())
            .Record("resource", "https://daily.example/notes.txt", "<urn:uuid:three>", "2025-03-04T05:06:09Z", "text/plain; charset=utf-8",
                Encoding.UTF8.GetBytes("Harbour fees rise\n\nThe harbour board raised mooring fees by a tenth for the coming season, citing repairs to the old quay walls.\n"));
        if (cutOffAtTheEnd)
        {
            var cut = WarcBuilder.Gzip(new WarcBuilder(false).Page("https://daily.example/news/4.html", "<urn:uuid:four>", "Cut", Story + " More.").ToArray());
            builder.Bytes(cut[..(cut.Length / 2)]);
        }

        return builder;
    }

    [Fact]
    public void I_can_ingest_a_web_archive_its_pages_stored_its_noise_passed_over_and_its_cut_off_record_reported()
    {
        using var folder = new TempFolder();
        var builder = Crawl(cutOffAtTheEnd: true);
        var warc = builder.WriteTo(folder.File("crawl.warc.gz"));
        var db = folder.File("news.db");

        var run = CliRun.Invoke("ingest", warc, "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("1 files seen: 3 new, 0 updated, 0 unchanged, 0 duplicates, 1 failed, 7 WARC records passed over", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{warc}#<urn:uuid:four>", run.Error, StringComparison.Ordinal);
        Assert.Contains($"record at byte {builder.Offsets[^1]}: the record is cut off", run.Error, StringComparison.Ordinal);
        Assert.Equal(
            [$"{warc}#<urn:uuid:one>|https://daily.example/2024/05/06/barrier.html|2025-03-04T05:06:07Z|2024-05-06|daily.example",
             $"{warc}#<urn:uuid:two>|https://daily.example/news/2.html|2025-03-04T05:06:07Z||daily.example",
             $"{warc}#<urn:uuid:three>|https://daily.example/notes.txt|2025-03-04T05:06:09Z||daily.example"],
            StoreSnapshot.Rows(db, "SELECT path, url, fetched, published, source FROM articles ORDER BY id").Select(r => string.Join('|', r)));
        Assert.Equal("failed", StoreSnapshot.Scalar(db, $"SELECT status FROM files WHERE path = '{warc}'"));
        Assert.Equal("7", StoreSnapshot.Scalar(db, "SELECT passed_over FROM runs"));

        // stats counts the failure the run reported: the record, not its archive a second time.
        var stats = CliRun.Invoke("stats", "--format", "json", "--db", db);
        Assert.Equal(1, System.Text.Json.JsonDocument.Parse(stats.Output).RootElement.GetProperty("failed_files").GetInt64());
    }

    [Fact]
    public void A_record_that_repeats_an_earlier_record_id_is_reported_and_the_rest_is_stored()
    {
        using var folder = new TempFolder();
        var builder = new WarcBuilder(gzip: true)
            .Page("https://daily.example/news/1.html", "<urn:uuid:same>", "Flood barrier opens", Story)
            .Page("https://daily.example/news/2.html", "<urn:uuid:same>", "Schools reopen", "Schools across the county reopened on Monday after the storm damage to roofs and roads was repaired by crews.")
            .Page("https://daily.example/news/3.html", "<urn:uuid:other>", "Harbour fees rise", "The harbour board raised mooring fees by a tenth for the coming season, citing repairs to the old quay walls.");
        var warc = builder.WriteTo(folder.File("crawl.warc.gz"));
        var db = folder.File("news.db");

        var run = CliRun.Invoke("ingest", warc, "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("1 files seen: 2 new,", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{warc}#@{builder.Offsets[1]}", run.Error, StringComparison.Ordinal);
        Assert.Contains($"repeats the record at byte {builder.Offsets[0]}", run.Error, StringComparison.Ordinal);
        Assert.Equal(["Flood barrier opens", "Harbour fees rise"], StoreSnapshot.Rows(db, "SELECT title FROM articles ORDER BY id").Select(r => r[0]));
    }

    [Fact]
    public void Show_finds_a_page_by_its_url_or_by_its_path_with_the_record_id()
    {
        using var folder = new TempFolder();
        var warc = Crawl(cutOffAtTheEnd: false).WriteTo(folder.File("crawl.warc"));
        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", warc, "--db", db).ExitCode);

        var byUrl = CliRun.Invoke("show", "https://daily.example/2024/05/06/barrier.html", "--format", "json", "--db", db);
        var byPath = CliRun.Invoke("show", $"{warc}#<urn:uuid:one>", "--format", "json", "--db", db);

        Assert.Equal(0, byUrl.ExitCode);
        Assert.Equal(byUrl.Output, byPath.Output);
        using var record = JsonDocument.Parse(byUrl.Output);
        Assert.Equal("Flood barrier opens", record.RootElement.GetProperty("title").GetString());
        Assert.Equal("https://daily.example/2024/05/06/barrier.html", record.RootElement.GetProperty("url").GetString());
        Assert.Equal("2025-03-04T05:06:07Z", record.RootElement.GetProperty("fetched").GetString());
        Assert.Equal("url", record.RootElement.GetProperty("provenance").GetProperty("published").GetString());
    }

    [Fact]
    public void List_path_keeps_the_pages_of_one_archive_and_show_of_the_archive_points_there()
    {
        using var folder = new TempFolder();
        var warc = Crawl(cutOffAtTheEnd: false).WriteTo(folder.File("crawl.warc"));
        File.WriteAllText(folder.File("crawl.warc.txt"), "Ferry fares fall\n\nThe ferry company cut its winter fares by a fifth on Monday to win back the commuters it lost.\n");
        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.Path, "--db", db).ExitCode);
        // A later copy of the crawl: every page of it a duplicate, which list hides unless asked.
        var copy = folder.File("zz-copy.warc");
        File.Copy(warc, copy);
        Assert.Equal(0, CliRun.Invoke("ingest", copy, "--db", db).ExitCode);

        var pages = CliRun.Invoke("list", "--path", warc, "--fields", "path", "--format", "csv", "--db", db);
        var everything = CliRun.Invoke("list", "--path", folder.Path, "--fields", "path", "--format", "csv", "--db", db);
        var show = CliRun.Invoke("show", warc, "--db", db);
        var showCopy = CliRun.Invoke("show", copy, "--db", db);

        Assert.Equal(0, pages.ExitCode);
        Assert.Equal([$"{warc}#<urn:uuid:one>", $"{warc}#<urn:uuid:three>", $"{warc}#<urn:uuid:two>"], pages.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Order(StringComparer.Ordinal));
        Assert.Equal(5, everything.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(1, show.ExitCode);
        Assert.Contains($"the store holds 3 articles from files under it or pages in it (see 'newsingest list --path {warc}')", show.Error, StringComparison.Ordinal);
        Assert.Contains($"the store holds 3 articles from files under it or pages in it (see 'newsingest list --path {copy} --include-duplicates')", showCopy.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unchanged_web_archive_is_skipped_without_being_read()
    {
        using var folder = new TempFolder();
        var warc = Crawl(cutOffAtTheEnd: false).WriteTo(folder.File("crawl.warc.gz"));
        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", warc, "--db", db).ExitCode);

        // Same size and time, other bytes: a run that opened the file would find no record in it.
        var time = File.GetLastWriteTimeUtc(warc);
        File.WriteAllBytes(warc, new byte[new FileInfo(warc).Length]);
        File.SetLastWriteTimeUtc(warc, time);
        var second = CliRun.Invoke("ingest", warc, "--db", db);

        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("1 files seen: 0 new, 0 updated, 3 unchanged, 0 duplicates, 0 failed in", second.Output, StringComparison.Ordinal);
        Assert.Equal("3", StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles"));
    }

    [Fact]
    public void A_changed_web_archive_is_read_again_and_its_unchanged_pages_are_not_rewritten()
    {
        using var folder = new TempFolder();
        var warc = folder.File("crawl.warc.gz");
        Crawl(cutOffAtTheEnd: true).WriteTo(warc);
        var db = folder.File("news.db");
        Assert.Equal(1, CliRun.Invoke("ingest", warc, "--db", db).ExitCode);

        Crawl(cutOffAtTheEnd: false).Page("https://daily.example/news/5.html", "<urn:uuid:five>", "Ferry returns", "The island ferry returned to service on Friday after a month in dry dock for an engine overhaul.").WriteTo(warc);
        File.SetLastWriteTimeUtc(warc, DateTime.UtcNow.AddMinutes(1));
        var second = CliRun.Invoke("ingest", warc, "--db", db);

        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("1 files seen: 1 new, 0 updated, 3 unchanged,", second.Output, StringComparison.Ordinal);
        Assert.Equal("stored", StoreSnapshot.Scalar(db, $"SELECT status FROM files WHERE path = '{warc}'"));
    }

    [Fact]
    public void The_same_story_in_a_web_archive_and_in_a_text_file_is_one_cluster()
    {
        using var folder = new TempFolder();
        folder.Write("in/barrier.txt", $"Flood barrier opens\n\n{Story}\n\n{Story} Officials said more details would follow later in the week.\n");
        Crawl(cutOffAtTheEnd: false).WriteTo(folder.File("in/crawl.warc.gz"));
        var db = folder.File("news.db");

        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" 1 duplicates,", run.Output, StringComparison.Ordinal);
        Assert.Equal("1", StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL AND (url LIKE '%barrier%' OR path LIKE '%barrier.txt')"));
    }

    [Fact]
    public void Parse_prints_the_pages_of_a_web_archive_and_reports_its_broken_record()
    {
        using var folder = new TempFolder();
        var warc = Crawl(cutOffAtTheEnd: true).WriteTo(folder.File("crawl.warc.gz"));

        var run = CliRun.Invoke("parse", warc, "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        var titles = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("title").GetString());
        Assert.Equal(["Flood barrier opens", "Schools reopen", "Harbour fees rise"], titles);
        Assert.Contains("#<urn:uuid:four>: record at byte", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_json_of_one_web_archive_is_one_array_of_its_pages()
    {
        using var folder = new TempFolder();
        var warc = Crawl(cutOffAtTheEnd: false).WriteTo(folder.File("crawl.warc.gz"));

        var run = CliRun.Invoke("parse", warc, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var titles = document.RootElement.EnumerateArray().Select(page => page.GetProperty("title").GetString());
        Assert.Equal(["Flood barrier opens", "Schools reopen", "Harbour fees rise"], titles);
    }

    [Fact]
    public void A_file_named_warc_that_is_no_web_archive_is_one_failed_file()
    {
        using var folder = new TempFolder();
        var warc = folder.Write("notes.warc", "These are my notes about the crawl, not a crawl.\n");
        folder.Write("story.txt", $"Flood barrier opens\n\n{Story}\n");
        var db = folder.File("news.db");

        var run = CliRun.Invoke("ingest", folder.Path, "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("2 files seen: 1 new, 0 updated, 0 unchanged, 0 duplicates, 1 failed in", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{warc}: not a WARC file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_checks_the_pages_of_a_web_archive_and_reports_its_broken_record_as_an_error()
    {
        using var folder = new TempFolder();
        var warc = Crawl(cutOffAtTheEnd: true).WriteTo(folder.File("crawl.warc.gz"));

        var run = CliRun.Invoke("validate", warc);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{warc}#<urn:uuid:four>", run.Output, StringComparison.Ordinal);
        Assert.Contains("cannot read the record: record at byte", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("robots", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 files checked: 1 errors", run.Output, StringComparison.Ordinal);
    }
}
