using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Postgres;

/// <summary>
/// Several <c>ingest</c> processes writing one PostgreSQL database at once, killed, or cut off from the server: the
/// end state always equals one serial run of the same files (compared by path, as ids differ).
/// </summary>
public sealed class ConcurrentIngestTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public void Two_ingests_at_once_with_overlapping_inputs_store_what_one_serial_run_stores()
    {
        using var folder = new TempFolder();
        var (articles, firstPart, secondPart) = Corpus(folder, 1500);
        var reference = folder.File("serial.db");
        Assert.Equal(0, CliProcess.Run("ingest", articles, "--db", reference, "--quiet").ExitCode);
        var db = database.Fresh();

        using var first = CliProcess.Start(Ingest(firstPart, db, "--jobs", "1"));
        using var second = CliProcess.Start(Ingest(secondPart, db, "--jobs", "1"));
        var errors = new[] { first.StandardError.ReadToEndAsync(), second.StandardError.ReadToEndAsync() };
        first.WaitForExit();
        second.WaitForExit();

        Assert.True(first.ExitCode == 0, errors[0].Result);
        Assert.True(second.ExitCode == 0, errors[1].Result);
        Assert.Equal(ExportSnapshot.Of(reference), ExportSnapshot.Of(db));
        Assert.Equal(0L, PostgresDatabase.Scalar(db, "SELECT count(*) FROM (SELECT path FROM newsingest.articles GROUP BY path HAVING count(*) > 1) d"));
        Assert.Equal(2L, PostgresDatabase.Scalar(db, "SELECT count(*) FROM newsingest.runs WHERE status = 'completed'"));
    }

    [PostgresFact]
    public void Killing_one_of_two_ingests_mid_run_then_running_it_again_ends_as_one_serial_run()
    {
        using var folder = new TempFolder();
        var (articles, firstPart, secondPart) = Corpus(folder, 3000);
        var reference = folder.File("serial.db");
        Assert.Equal(0, CliProcess.Run("ingest", articles, "--db", reference, "--quiet").ExitCode);
        var db = database.Fresh();

        using var survivor = CliProcess.Start(Ingest(firstPart, db));
        var survivorError = survivor.StandardError.ReadToEndAsync();
        var killed = false;
        using (var victim = CliProcess.Start(Ingest(secondPart, db)))
        {
            // Killed once it has committed something, so the kill falls mid-run.
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (!victim.HasExited && DateTime.UtcNow < deadline && Count(db, "SELECT count(*) FROM newsingest.files") < 600)
            {
                Thread.Sleep(50);
            }

            if (!victim.HasExited)
            {
                victim.Kill(entireProcessTree: true);
                killed = true;
            }

            victim.WaitForExit();
        }

        survivor.WaitForExit();
        Assert.True(survivor.ExitCode == 0, survivorError.Result);
        Assert.True(killed, "the second ingest finished before it could be killed: use a larger folder");
        Assert.Equal(Count(db, "SELECT count(*) FROM newsingest.articles"), Count(db, "SELECT count(*) FROM newsingest.files WHERE status = 'stored'"));

        var again = CliProcess.Run(Ingest(secondPart, db));

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(ExportSnapshot.Of(reference), ExportSnapshot.Of(db));
        Assert.Equal(1L, PostgresDatabase.Scalar(db, "SELECT count(*) FROM newsingest.runs WHERE status = 'interrupted'"));
    }

    [PostgresFact]
    public void A_connection_cut_by_the_server_mid_run_fails_with_one_line_keeps_what_was_committed_and_the_next_run_completes_it()
    {
        using var folder = new TempFolder();
        var (articles, _, _) = Corpus(folder, 3000);
        var reference = folder.File("serial.db");
        Assert.Equal(0, CliProcess.Run("ingest", articles, "--db", reference, "--quiet").ExitCode);
        var db = database.Fresh();
        var withPassword = db.Replace("://", "://postgres:not-a-real-secret@", StringComparison.Ordinal);

        CliRun run;
        long committed;
        using (var ingest = CliProcess.Start(["ingest", articles, "--db", withPassword, "--quiet"]))
        {
            var output = ingest.StandardOutput.ReadToEndAsync();
            var error = ingest.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (!ingest.HasExited && DateTime.UtcNow < deadline && Count(db, "SELECT count(*) FROM newsingest.files") < 600)
            {
                Thread.Sleep(50);
            }

            // What the server does to a session when it shuts down or an administrator ends it.
            PostgresDatabase.Execute(db, "SELECT pg_terminate_backend(backend_pid) FROM newsingest.runs WHERE status = 'running'");
            ingest.WaitForExit();
            committed = Count(db, "SELECT count(*) FROM newsingest.articles");
            run = new CliRun(ingest.ExitCode, output.Result, error.Result);
        }

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsingest: ", line, StringComparison.Ordinal);
        Assert.Contains("run the command again", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-secret", run.Error + run.Output, StringComparison.Ordinal);
        Assert.True(committed >= 512, $"only {committed} articles were kept");

        var again = CliProcess.Run("ingest", articles, "--db", db, "--quiet");

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(ExportSnapshot.Of(reference), ExportSnapshot.Of(db));
        Assert.Equal(0L, PostgresDatabase.Scalar(db, "SELECT count(*) FROM newsingest.runs WHERE options LIKE '%not-a-real-secret%'"));
    }

    /// <summary>
    /// Synthetic articles in folders 000, 001, ... and a mirror of 000 (exact copies under other paths), split in two
    /// overlapping parts: the first half of the folders and the middle one; the mirror (first, so that copies of one
    /// story are written at the same moment by both) and the second half. Together they are the whole folder.
    /// </summary>
    private static (string Articles, string[] First, string[] Second) Corpus(TempFolder folder, int count)
    {
        var articles = folder.File("articles");
        SyntheticArticles.Write(articles, count);
        var parts = Directory.GetDirectories(articles).Order(StringComparer.Ordinal).ToList();
        var mirror = Path.Combine(articles, "mirror");
        Directory.CreateDirectory(mirror);
        foreach (var file in Directory.GetFiles(parts[0]))
        {
            File.Copy(file, Path.Combine(mirror, "copy-" + Path.GetFileName(file)));
        }

        var half = parts.Count / 2;
        return (articles, [.. parts.Take(half + 1)], [mirror, .. parts.Skip(half)]);
    }

    private static string[] Ingest(string[] folders, string db, params string[] options) => ["ingest", .. folders, "--db", db, "--quiet", .. options];

    private static long Count(string db, string sql)
    {
        try
        {
            return Convert.ToInt64(PostgresDatabase.Scalar(db, sql) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Npgsql.PostgresException)
        {
            // The first ingest has not made the schema yet.
            return 0;
        }
    }
}
