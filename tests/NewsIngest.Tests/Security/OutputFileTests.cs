using System.Runtime.Versioning;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Security;

/// <summary><c>export --output</c> in a folder others can write to, and over files that are not what they seem.</summary>
public class OutputFileTests
{
    private const string Article = "Title: Harbour budget agreed\nDate: 2025-03-04\n\nThe council met on Tuesday and agreed the new budget for the harbour and its two bridges.\n";

    [Fact]
    public void Export_to_a_device_writes_through_it_and_leaves_it_a_device()
    {
        using var folder = Store(out var db);
        // As root a real /dev/null would be at stake on a faulty build; a node of the same device in the temp folder shows the same.
        var device = Environment.IsPrivilegedProcess ? folder.File("null") : "/dev/null";
        if (Environment.IsPrivilegedProcess)
        {
            ShellRun.MakeSpecialFile(device);
        }

        var run = CliRun.Invoke("export", "--db", db, "--output", device);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"newsingest: exported 1 articles to {device}\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(0, new FileInfo(device).Length);
        Assert.False(File.Exists(device + ".partial"));
        Assert.Equal(Environment.IsPrivilegedProcess ? ["news.db", "null"] : ["news.db"], Entries(folder));
    }

    [Fact]
    public void A_parquet_export_into_a_pipe_is_refused_in_one_line_and_the_pipe_stays_a_pipe()
    {
        using var folder = Store(out var db);
        var pipe = folder.File("out.parquet");
        SpecialFiles.NamedPipe(pipe);

        var run = CliRun.Invoke("export", "--format", "parquet", "--db", db, "--output", pipe);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"newsingest: --output {pipe} is not a regular file: a Parquet export is written to a file, so give a file name\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(NewsIngest.Ingestion.FileKind.NamedPipe, NewsIngest.Ingestion.FileTypes.Of(pipe));
        Assert.Equal(["news.db", "out.parquet"], Entries(folder));
    }

    [Fact]
    public void A_link_planted_at_the_old_temporary_name_is_neither_followed_nor_removed()
    {
        using var folder = Store(out var db);
        var victim = folder.Write("victim.txt", "keep me\n");
        File.CreateSymbolicLink(folder.File("out.jsonl.partial"), victim);

        var run = CliRun.Invoke("export", "--db", db, "--output", folder.File("out.jsonl"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("keep me\n", File.ReadAllText(victim));
        Assert.Contains("\"title\":\"Harbour budget agreed\"", File.ReadAllText(folder.File("out.jsonl")), StringComparison.Ordinal);
        Assert.Equal(["news.db", "out.jsonl", "out.jsonl.partial", "victim.txt"], Entries(folder));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Export_over_a_private_file_keeps_it_private()
    {
        using var folder = Store(out var db);
        var target = folder.Write("private.jsonl", "old\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var run = CliRun.Invoke("export", "--db", db, "--output", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Harbour budget agreed", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
    }

    [Fact]
    public void Export_into_a_missing_folder_is_one_line_and_exit_2()
    {
        using var folder = Store(out var db);
        var target = Path.Combine("nodir-" + Guid.NewGuid().ToString("N"), "out.jsonl");

        var run = CliRun.Invoke("export", "--db", db, "--output", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"newsingest: cannot write {target}: the folder {Path.GetDirectoryName(Path.GetFullPath(target))} does not exist\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Empty(run.Output);
    }

    private static TempFolder Store(out string db)
    {
        var folder = new TempFolder();
        folder.Write("in/harbour.txt", Article);
        db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.File("in"), "--db", db).ExitCode);
        Directory.Delete(folder.File("in"), recursive: true);
        return folder;
    }

    private static List<string> Entries(TempFolder folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder.Path).Select(p => Path.GetFileName(p)).Where(n => !n.StartsWith("news.db-", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
