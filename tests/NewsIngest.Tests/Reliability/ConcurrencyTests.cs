using System.Diagnostics;
using System.Globalization;
using NewsIngest.Ingestion;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Reliability;

/// <summary>Readers beside a writer, and two writers at once, on one store, with the writer a real separate process.</summary>
[Trait("Category", "Process")]
public class ConcurrencyTests
{
    private const int Files = 3000;

    [Fact]
    public async Task List_search_and_show_answer_while_an_ingest_writes_and_only_ever_see_whole_batches()
    {
        using var folder = new TempFolder();
        var articles = folder.File("articles");
        var paths = SyntheticArticles.Write(articles, Files);
        var db = folder.File("news.db");

        using var ingest = CliProcess.Start("ingest", articles, "--db", db, "--jobs", "1", "--quiet");
        var ingestOutput = ingest.StandardOutput.ReadToEndAsync();
        var ingestError = ingest.StandardError.ReadToEndAsync();
        WaitFor(db, "SELECT count(*) FROM articles");
        var seen = new List<int>();

        // One round with the writer held still mid-run, perhaps inside a batch's transaction, so the readers meet a
        // live writer however fast it is; then rounds while it runs freely.
        using (var pause = ProcessPause.Pause(ingest))
        {
            Assert.True(pause is not null, "the ingest ended before a reader could look: use a larger folder");
            seen.Add(ReadRound(db, paths[0]));
        }

        while (!ingest.HasExited)
        {
            seen.Add(ReadRound(db, paths[0]));

            // Readers pause between rounds so they do not take the writer's only spare core.
            await Task.Delay(100);
        }

        await ingest.WaitForExitAsync();

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal("", await ingestError);
        Assert.Contains($"{Files} files seen: {Files} new", await ingestOutput, StringComparison.Ordinal);
        Assert.Equal(seen.Order(), seen);

        // One transaction per batch: a reader sees whole batches of articles, never a batch half written.
        var batch = new IngestOptions().BatchSize;
        Assert.All(seen, count => Assert.True(count % batch == 0 || count == Files, $"a reader saw {count} articles"));
        Assert.Equal(Files.ToString(CultureInfo.InvariantCulture), StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles"));
    }

    [Fact]
    public async Task A_second_ingest_into_the_same_store_exits_2_in_one_line_and_nothing_is_lost()
    {
        using var folder = new TempFolder();
        var articles = folder.File("articles");
        SyntheticArticles.Write(articles, Files);
        var db = folder.File("news.db");

        using var first = CliProcess.Start("ingest", articles, "--db", db, "--jobs", "1", "--quiet");
        var firstOutput = first.StandardOutput.ReadToEndAsync();
        WaitFor(db, "SELECT count(*) FROM runs");

        // The first run holds its lock from before its run row until it ends; held still, it is mid-run for certain.
        CliRun second;
        bool firstStillRunning;
        using (var pause = ProcessPause.Pause(first))
        {
            firstStillRunning = pause is not null;
            second = CliProcess.Run("ingest", articles, "--db", db, "--quiet");
        }

        await first.WaitForExitAsync();
        var third = CliProcess.Run("ingest", articles, "--db", db, "--quiet");

        Assert.True(firstStillRunning, "the first ingest ended before the second started: use a larger folder");
        Assert.Equal(2, second.ExitCode);
        Assert.Equal($"newsingest: another ingest is writing to {db}: wait for it to finish, then run this one again", second.Error.TrimEnd('\n'));
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"{Files} files seen: {Files} new", await firstOutput, StringComparison.Ordinal);
        Assert.Equal(0, third.ExitCode);
        Assert.Contains($"{Files} files seen: 0 new, 0 updated, {Files} unchanged", third.Output, StringComparison.Ordinal);
        Assert.Equal(Files.ToString(CultureInfo.InvariantCulture), StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal("completed,completed", StoreSnapshot.Scalar(db, "SELECT group_concat(status) FROM runs"));
    }

    /// <summary>Runs list, search and show once, checks each answered cleanly, and returns how many articles list saw.</summary>
    private static int ReadRound(string db, string shown)
    {
        var list = CliRun.Invoke("list", "--db", db, "--limit", "0", "--include-duplicates", "--format", "jsonl");
        var search = CliRun.Invoke("search", "harbour", "--db", db, "--limit", "5");
        var show = CliRun.Invoke("show", shown, "--db", db);

        Assert.Equal(0, list.ExitCode);
        Assert.Equal(0, search.ExitCode);
        Assert.Equal(0, show.ExitCode);
        Assert.Equal("", list.Error + search.Error + show.Error);
        return list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>Waits until <paramref name="count"/> is no longer 0: the first run has started, or committed articles.</summary>
    private static void WaitFor(string db, string count)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            try
            {
                if (File.Exists(db) && StoreSnapshot.Scalar(db, count) != "0")
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
