using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Security;

/// <summary>What <c>--db</c> and <c>sql</c> may not do to a store or to the files around it.</summary>
public class StoreFileTests
{
    private const string Article = "Title: Harbour budget agreed\nDate: 2025-03-04\n\nThe council met on Tuesday and agreed the new budget for the harbour and its two bridges.\n";

    [Fact]
    public void Sql_refuses_a_journal_mode_change_at_once_and_still_reads_the_setting()
    {
        using var folder = new TempFolder();
        folder.Write("in/harbour.txt", Article);
        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.File("in"), "--db", db).ExitCode);

        var change = CliRun.Invoke("sql", "--db", db, "--format", "csv", "PRAGMA journal_mode=delete");
        var locking = CliRun.Invoke("sql", "--db", db, "--format", "csv", "PRAGMA locking_mode = EXCLUSIVE");
        var read = CliRun.Invoke("sql", "--db", db, "--format", "csv", "PRAGMA journal_mode");

        Assert.Equal(2, change.ExitCode);
        Assert.StartsWith("newsingest: sql is read-only: PRAGMAs that change the journal", change.Error, StringComparison.Ordinal);
        Assert.Single(change.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, locking.ExitCode);
        Assert.Equal(0, read.ExitCode);
        Assert.Equal("journal_mode\nwal\n", read.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_read_command_on_an_empty_file_says_it_is_not_a_store_and_creates_nothing_beside_it()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.db", "");

        var run = CliRun.Invoke("list", "--db", empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"newsingest: {empty} is an empty file, not a NewsIngest store: point --db at your store, or run 'newsingest ingest PATH --db {empty}' to make one\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(["empty.db"], Directory.EnumerateFileSystemEntries(folder.Path).Select(p => Path.GetFileName(p)));
    }

    [Fact]
    public void Ingest_into_a_device_is_refused_and_leaves_no_journal_beside_it()
    {
        using var folder = new TempFolder();
        folder.Write("in/harbour.txt", Article);
        var device = folder.File("store");
        ShellRun.MakeSpecialFile(device);

        var ingest = CliRun.Invoke("ingest", folder.File("in"), "--db", device);
        var list = CliRun.Invoke("list", "--db", device);

        foreach (var run in new[] { ingest, list })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"newsingest: {device} is a device or a pipe, not a NewsIngest store: pass a file name to --db\n", run.Error.ReplaceLineEndings("\n"));
        }

        Assert.Equal(["in", "store"], Directory.EnumerateFileSystemEntries(folder.Path).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal));
    }
}
