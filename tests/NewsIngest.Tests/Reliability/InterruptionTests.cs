using System.Diagnostics;
using NewsIngest.Storage;
using NewsIngest.Storage.Sqlite;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Reliability;

[Trait("Category", "Process")]
public class InterruptionTests
{
    [Fact]
    public void Killing_ingest_at_any_moment_leaves_a_sound_store_that_the_next_run_completes()
    {
        using var folder = new TempFolder();
        var articles = folder.File("articles");
        SyntheticArticles.Write(articles, 3000);
        var reference = folder.File("reference.db");
        Assert.Equal(0, CliProcess.Run("ingest", articles, "--db", reference, "--quiet").ExitCode);

        var db = folder.File("killed.db");
        var kills = 0;
        foreach (var delay in new[] { 250, 450, 700, 1000, 1400 })
        {
            using var process = CliProcess.Start("ingest", articles, "--db", db, "--quiet");
            Thread.Sleep(delay);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                kills++;
            }

            process.WaitForExit();
            Assert.Equal("ok", StoreSnapshot.Scalar(db, "PRAGMA integrity_check"));
            using (SqliteArticleStore.Open(db, StoreMode.ReadWrite))
            {
                // Opening cleanly (and migrating a file killed before its schema existed) is part of the promise.
            }

            Assert.Equal(
                StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles"),
                StoreSnapshot.Scalar(db, "SELECT count(*) FROM files WHERE status = 'stored'"));
        }

        var last = CliProcess.Run("ingest", articles, "--db", db, "--quiet");

        Assert.True(kills > 0, "every run finished before it could be killed: use a larger folder");
        Assert.Equal(0, last.ExitCode);
        Assert.Equal(StoreSnapshot.Of(reference), StoreSnapshot.Of(db));
        // Keys a killed run held in memory were recomputed, and the full-text index holds every article once.
        Assert.Equal("0", StoreSnapshot.Scalar(db, "SELECT count(*) FROM dedup_unkeyed"));
        const string distinctKeys = "SELECT count(DISTINCT key) FROM dedup_keys";
        Assert.Equal(StoreSnapshot.Scalar(reference, distinctKeys), StoreSnapshot.Scalar(db, distinctKeys));
        Assert.Equal("ok", StoreSnapshot.Scalar(db, "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1); SELECT 'ok'"));
    }

    [Fact]
    public async Task Ctrl_c_commits_the_current_batch_reports_what_remains_and_exits_130()
    {
        using var folder = new TempFolder();
        var articles = folder.File("articles");
        // The signal goes out once the first transaction (2,048 files) is visible: the files after it must take longer
        // than that hand-over, even when the whole suite loads the machine (6,000 files once left too short a window).
        const int files = 12_000;
        SyntheticArticles.Write(articles, files);

        // On a machine loaded by other processes the run can still finish before the signal is handled; such an
        // attempt proves nothing about interruption, so it is repeated on a fresh store (at most three times).
        for (var attempt = 1; ; attempt++)
        {
            var db = folder.File($"news-{attempt}.db");
            using var process = CliProcess.Start("ingest", articles, "--db", db, "--jobs", "1");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            WaitForFirstCommit(db);
            ProcessSignal.Send(process, "-INT");

            await process.WaitForExitAsync();
            if (process.ExitCode == 0 && attempt < 3 && StoreSnapshot.Scalar(db, "SELECT status FROM runs ORDER BY id DESC LIMIT 1") != "interrupted")
            {
                continue;
            }

            Assert.Equal(130, process.ExitCode);
            Assert.Contains("interrupted", await error, StringComparison.Ordinal);
            Assert.Contains("files seen", await output, StringComparison.Ordinal);
            Assert.Equal("interrupted", StoreSnapshot.Scalar(db, "SELECT status FROM runs ORDER BY id DESC LIMIT 1"));
            var stored = int.Parse(StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(stored, 1, files - 1);

            var rest = CliProcess.Run("ingest", articles, "--db", db, "--quiet");

            Assert.Equal(0, rest.ExitCode);
            Assert.Contains($"{files - stored} new", rest.Output, StringComparison.Ordinal);
            return;
        }
    }

    private static void WaitForFirstCommit(string db)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if (File.Exists(db) && StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles") != "0")
                {
                    return;
                }
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // The schema is not there yet.
            }

            Thread.Sleep(20);
        }
    }
}
