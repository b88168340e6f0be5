using NewsIngest.Ingestion;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Ingestion;

/// <summary>
/// A re-run over unchanged files reads none of them, and still notices every file that did change: these pin what
/// "unchanged" means (the same size and modification time as stored) now that a plain file is looked at with one call.
/// </summary>
public class UnchangedRerunTests
{
    [Fact]
    public void Look_reports_a_plain_file_with_the_size_and_time_FileInfo_gives()
    {
        using var folder = new TempFolder();
        var file = folder.Write("story.txt", "Herons nest early this spring.\n");
        // A time with ticks below the second, as file systems keep them.
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 3, 9, 10, 11, 12, DateTimeKind.Utc).AddTicks(1_234_567));

        var look = ArticleFileReader.Look(file);
        var info = new FileInfo(file);

        Assert.Null(look.Problem);
        Assert.Equal(info.Length, look.Size);
        Assert.Equal("2024-03-09T10:11:12.1234567Z", look.ModifiedUtc);
        Assert.Equal(info.LastWriteTimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture), look.ModifiedUtc);
    }

    [Fact]
    public void Look_through_a_link_reports_what_it_did_before()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var target = folder.Write("story.txt", "Herons nest early this spring.\n");
        var link = folder.File("link.txt");
        File.CreateSymbolicLink(link, target);
        var info = new FileInfo(link);

        var look = ArticleFileReader.Look(link);

        Assert.Null(look.Problem);
        Assert.Equal(info.Length, look.Size);
        Assert.Equal(info.LastWriteTimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture), look.ModifiedUtc);
    }

    [Fact]
    public void A_rerun_reads_a_file_edited_to_the_same_size_with_a_new_time()
    {
        using var folder = new TempFolder();
        var file = folder.Write("in/story.txt", "Herons nest early this spring along the river.\n");
        folder.Write("in/other.txt", "Wardens counted forty nests on the north bank.\n");
        var db = folder.File("news.db");
        CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        // "Egrets" for "Herons": the same number of bytes, so only the time tells the file changed.
        var stored = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, "Egrets nest early this spring along the river.\n");
        File.SetLastWriteTimeUtc(file, stored.AddSeconds(2));
        Assert.Equal(47, new FileInfo(file).Length);
        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2 files seen: 0 new, 1 updated, 1 unchanged,", run.Output, StringComparison.Ordinal);
        Assert.Equal("1", StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'egrets'"));
        Assert.Equal("0", StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'herons'"));
    }

    [Fact]
    public void A_rerun_reads_a_file_whose_time_went_back()
    {
        using var folder = new TempFolder();
        var file = folder.Write("in/story.txt", "Herons nest early this spring along the river.\n");
        var db = folder.File("news.db");
        CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        File.WriteAllText(file, "Egrets nest early this spring along the river.\n");
        File.SetLastWriteTimeUtc(file, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        Assert.StartsWith("1 files seen: 0 new, 1 updated, 0 unchanged,", run.Output, StringComparison.Ordinal);
        Assert.Equal("2001-01-01T00:00:00.0000000Z", StoreSnapshot.Scalar(db, "SELECT mtime FROM files"));
    }

    [Fact]
    public void A_rerun_recomputes_no_keys_for_an_unkeyed_id_whose_article_is_gone()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "Herons nest early this spring along the river.\n");
        var db = folder.File("news.db");
        CliRun.Invoke("ingest", folder.File("in"), "--db", db);
        StoreSnapshot.Execute(db, "INSERT INTO dedup_unkeyed (article_id) VALUES (4242)");

        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("recomputing", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("1 files seen: 0 new, 0 updated, 1 unchanged,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rerun_after_a_rename_and_a_deletion_stores_the_new_path_and_leaves_the_rest_unchanged()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "Herons nest early this spring along the river.\n");
        folder.Write("in/b.txt", "Wardens counted forty nests on the north bank.\n");
        var c = folder.Write("in/c.txt", "The ferry ran late for the third day in a row.\n");
        var db = folder.File("news.db");
        CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        File.Move(folder.File("in/a.txt"), folder.File("in/renamed.txt"));
        File.Delete(c);
        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2 files seen: 1 new, 0 updated, 1 unchanged,", run.Output, StringComparison.Ordinal);
        Assert.Equal("1", StoreSnapshot.Scalar(db, $"SELECT count(*) FROM files WHERE path = '{folder.File("in/renamed.txt")}' AND status = 'stored'"));
    }
}
