using System.Diagnostics;
using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Core.Pipeline;
using NewsIngest.Ingestion;
using NewsIngest.Storage;
using NewsIngest.Storage.Sqlite;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Reliability;

/// <summary>Stores the CLI did not make, or cannot write: exit 2, one line naming the cause, and the file left as it was.</summary>
public class DatabaseFaultTests
{
    [Theory]
    [InlineData("ingest")]
    [InlineData("list")]
    public void A_file_that_is_not_SQLite_is_refused_in_one_line_and_left_alone(string command)
    {
        using var folder = new TempFolder();
        var input = folder.Write("in/a.txt", "Swifts arrived over the old town on Tuesday, a week early.\n");
        var db = folder.Write("notes.db", "These are my notes, not a database.\n");

        var run = Run(command, input, db);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"newsingest: {db} is not a SQLite database: pass another file to --db", SingleLine(run.Error));
        Assert.Equal("These are my notes, not a database.\n", File.ReadAllText(db));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("list")]
    public void A_SQLite_file_with_other_tables_is_refused_in_one_line_and_left_alone(string command)
    {
        using var folder = new TempFolder();
        var input = folder.Write("in/a.txt", "Swifts arrived over the old town on Tuesday, a week early.\n");
        var db = folder.File("shop.db");
        Execute(db, "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('Ada')");

        var run = Run(command, input, db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a SQLite database but not a NewsIngest store (it has tables customers)", SingleLine(run.Error), StringComparison.Ordinal);
        Assert.Equal("customers", StoreSnapshot.Scalar(db, "SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'"));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("list")]
    public void A_store_from_a_newer_version_is_refused_in_one_line_and_left_alone(string command)
    {
        using var folder = new TempFolder();
        var input = folder.Write("in/a.txt", "Swifts arrived over the old town on Tuesday, a week early.\n");
        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", input, "--db", db).ExitCode);
        Execute(db, "PRAGMA user_version = 999");

        var run = Run(command, input, db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("newer", SingleLine(run.Error), StringComparison.Ordinal);
        Assert.Equal("999", StoreSnapshot.Scalar(db, "PRAGMA user_version"));
        Assert.Equal("1", StoreSnapshot.Scalar(db, "SELECT count(*) FROM runs"));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_read_only_store_serves_read_commands_and_ingest_exits_2_in_one_line()
    {
        using var folder = new TempFolder();
        var input = folder.Write("in/a.txt", "Swifts arrived over the old town on Tuesday, a week early.\n");
        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", input, "--db", db).ExitCode);
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var list = UnprivilegedCli.Run(folder, "list", "--db", db);
        var ingest = UnprivilegedCli.Run(folder, "ingest", input, "--db", db);

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("Swifts arrived", list.Output, StringComparison.Ordinal);
        Assert.Equal(2, ingest.ExitCode);
        Assert.Equal($"newsingest: {db} is not writable: check its permissions", SingleLine(ingest.Error));
        Assert.Equal("1", StoreSnapshot.Scalar(db, "SELECT count(*) FROM runs"));
    }

    [Fact]
    public void A_full_disk_fails_the_run_in_one_line_and_keeps_exactly_the_committed_batches()
    {
        using var folder = new TempFolder();
        var paths = SyntheticArticles.Write(folder.File("in"), 200);
        var db = folder.File("news.db");
        var error = new StringWriter();
        int exit;
        using (var store = SqliteArticleStore.Open(db, StoreMode.ReadWrite))
        {
            // After the first batch commits, the file may not grow by a single page: the next batch hits a full disk.
            var observer = new ProgressHook(done => store.LimitPages(1));
            var runner = new IngestRunner(new ArticlePipeline(), new IngestOptions { Jobs = 1, BatchSize = 40, CommitEvery = 40 }, observer);
            var context = new CliContext { Output = TextWriter.Null, Error = error };
            exit = CommandRunner.Run(context, () =>
            {
                runner.Run([folder.File("in")], store, "test", CancellationToken.None);
                return 0;
            });
        }

        Assert.Equal(2, exit);
        Assert.Equal($"newsingest: the disk holding {db} is full: free some space and run ingest again (what was written since the last commit was not kept)", SingleLine(error.ToString()));
        Assert.Equal("ok", StoreSnapshot.Scalar(db, "PRAGMA integrity_check"));
        var stored = StoreSnapshot.Scalar(db, "SELECT group_concat(path, '|') FROM (SELECT path FROM articles ORDER BY id)");
        Assert.Equal(string.Join('|', paths.Take(40)), stored);
        Assert.Equal("40", StoreSnapshot.Scalar(db, "SELECT count(*) FROM files"));
        Execute(db, "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')");

        // With space again, the next run stores the rest, as if nothing had happened.
        var reference = folder.File("reference.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.File("in"), "--db", reference).ExitCode);
        var rest = CliRun.Invoke("ingest", folder.File("in"), "--db", db);
        Assert.Equal(0, rest.ExitCode);
        Assert.Equal(StoreSnapshot.Of(reference), StoreSnapshot.Of(db));
    }

    private static CliRun Run(string command, string input, string db) =>
        command == "ingest" ? CliRun.Invoke("ingest", input, "--db", db) : CliRun.Invoke("list", "--db", db);

    private static string SingleLine(string text) => Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class ProgressHook(Action<int> onProgress) : IIngestObserver
    {
        public void FileFailed(string path, string reason)
        {
        }

        public void Progress(int done, int total) => onProgress(done);
    }

    /// <summary>
    /// Runs the real program as an ordinary user: root writes to a 0444 file regardless, so under root the folder is
    /// given to 'nobody' and the program runs as 'nobody' through setpriv (the situation of a user with a read-only store).
    /// </summary>
    private static class UnprivilegedCli
    {
        private const int Nobody = 65534;

        public static CliRun Run(TempFolder folder, params string[] args)
        {
            if (!Environment.IsPrivilegedProcess)
            {
                return CliProcess.Run(args);
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Append(folder.Path))
            {
                using var chown = Process.Start("chown", ["-h", $"{Nobody}:{Nobody}", entry]);
                chown.WaitForExit();
            }

            var info = new ProcessStartInfo("setpriv")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.Environment["HOME"] = folder.Path;
            foreach (var arg in (string[])[$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.Combine(AppContext.BaseDirectory, "newsingest.dll"), .. args])
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new CliRun(process.ExitCode, output.Result, error.Result);
        }
    }
}
