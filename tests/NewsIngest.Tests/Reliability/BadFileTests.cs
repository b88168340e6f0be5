using System.Diagnostics;
using System.Text;
using NewsIngest.Core.Pipeline;
using NewsIngest.Ingestion;
using NewsIngest.Storage;
using NewsIngest.Storage.Sqlite;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Reliability;

/// <summary>Folders users did not make: every bad file is a failed row with a reason and a stderr line; the good ones are stored.</summary>
public class BadFileTests
{
    private static readonly string Good = "Title: Harbour budget agreed\nDate: 2025-03-04\n\nThe council met on Tuesday and agreed the new budget for the harbour and its two bridges.\n";

    [Fact]
    public void Every_kind_of_bad_file_is_a_failed_row_with_its_reason_on_stderr_and_the_good_files_are_stored()
    {
        using var folder = new TempFolder();
        var input = folder.File("in");
        folder.Write("in/good.txt", Good);
        folder.Write("in/cp1252.txt", Encoding.Latin1.GetBytes("Caf\u00e9 reopens\n\nThe caf\u00e9 by the station reopened on Monday after the winter repairs.\n"));
        folder.Write("in/empty.txt", "");
        folder.Write("in/nul.txt", [.. "Some words then "u8, 0, .. " a NUL byte"u8]);
        folder.Write("in/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        folder.Write("in/archive.txt", [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4]);
        folder.Write("in/huge.txt", new string('a', 5000));
        folder.Write("in/utf16.txt", Encoding.Unicode.GetBytes("The council met on Tuesday and agreed the budget.\n"));
        Directory.CreateDirectory(folder.File("in/folder.txt"));
        folder.Write("in/folder.txt/inside.txt", Good.Replace("harbour", "museum", StringComparison.Ordinal));
        Directory.CreateDirectory(folder.File("in/loop"));
        Directory.CreateSymbolicLink(folder.File("in/loop/back"), "..");
        File.CreateSymbolicLink(folder.File("in/dangling.txt"), folder.File("nowhere/gone.txt"));
        File.CreateSymbolicLink(folder.File("in/self.txt"), "self.txt");
        var db = folder.File("news.db");

        var run = CliRun.Invoke("ingest", input, "--db", db, "--max-file-size", "1000", "--follow");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("11 files seen: 3 new, 0 updated, 0 unchanged, 0 duplicates, 8 failed", run.Output, StringComparison.Ordinal);
        var expected = new Dictionary<string, string>
        {
            ["empty.txt"] = "empty file",
            ["nul.txt"] = "not text: contains NUL bytes",
            ["photo.txt"] = "not text: looks like a PNG image",
            ["archive.txt"] = "not text: looks like a ZIP archive",
            ["huge.txt"] = "file is 5,000 bytes, over the 1,000-byte limit (raise it with --max-file-size)",
            ["utf16.txt"] = "UTF-16 without a byte order mark",
            ["dangling.txt"] = "a symbolic link to {folder}/nowhere/gone.txt, which does not exist",
            ["self.txt"] = "a symbolic link to self.txt that loops back on itself",
        };
        foreach (var (name, template) in expected)
        {
            var reason = template.Replace("{folder}", folder.Path, StringComparison.Ordinal);
            var path = $"{input}/{name}";
            Assert.Contains(run.Error.Split('\n'), line => line.StartsWith($"newsingest: {path}: ", StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));
            Assert.Equal("failed", StoreSnapshot.Scalar(db, $"SELECT status FROM files WHERE path = '{path}'"));
            Assert.Contains(reason, StoreSnapshot.Scalar(db, $"SELECT error FROM files WHERE path = '{path}'"), StringComparison.Ordinal);
        }

        Assert.Equal(8, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("3", StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal("8", StoreSnapshot.Scalar(db, "SELECT failed FROM runs"));
        Assert.Contains("encoding-fallback", StoreSnapshot.Scalar(db, $"SELECT warnings FROM articles WHERE path = '{input}/cp1252.txt'"), StringComparison.Ordinal);
        Assert.Equal("Café reopens", StoreSnapshot.Scalar(db, $"SELECT title FROM articles WHERE path = '{input}/cp1252.txt'"));
        Assert.Equal("1", StoreSnapshot.Scalar(db, $"SELECT count(*) FROM articles WHERE path = '{input}/folder.txt/inside.txt'"));
    }

    [Fact]
    public void A_gzipped_text_article_is_read_and_a_gzipped_tar_or_image_named_on_the_command_line_is_refused_for_what_it_holds()
    {
        using var folder = new TempFolder();
        var input = folder.File("in");
        static byte[] Gzip(byte[] bytes)
        {
            using var packed = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest))
            {
                gzip.Write(bytes);
            }

            return packed.ToArray();
        }

        using var tar = new MemoryStream();
        using (var writer = new System.Formats.Tar.TarWriter(tar, leaveOpen: true))
        {
            writer.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, "good.txt") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Good)) });
        }

        folder.Write("in/story.txt.gz", Gzip(Encoding.UTF8.GetBytes(Good)));
        folder.Write("in/dump.tar.gz", Gzip(tar.ToArray()));
        folder.Write("in/photo.png.gz", Gzip([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));
        var db = folder.File("news.db");

        // In a folder, a .txt.gz is an article file and a .tar.gz or .png.gz is not one to look at.
        var run = CliRun.Invoke("ingest", input, "--db", db);
        // Named on the command line, any file is read: what it holds is why it is refused.
        var named = CliRun.Invoke("ingest", $"{input}/dump.tar.gz", $"{input}/photo.png.gz", "--db", db);

        Assert.StartsWith("1 files seen: 1 new, 0 updated, 0 unchanged, 0 duplicates, 0 failed", run.Output, StringComparison.Ordinal);
        Assert.Equal("Harbour budget agreed", StoreSnapshot.Scalar(db, $"SELECT title FROM articles WHERE path = '{input}/story.txt.gz'"));
        Assert.StartsWith("2 files seen: 0 new, 0 updated, 0 unchanged, 0 duplicates, 2 failed", named.Output, StringComparison.Ordinal);
        Assert.Contains($"newsingest: {input}/dump.tar.gz: not text: a gzip archive that holds a tar archive", named.Error, StringComparison.Ordinal);
        Assert.Contains($"newsingest: {input}/photo.png.gz: not text: a gzip archive that holds a PNG image", named.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_size_limit_below_one_byte_is_a_usage_error_rather_than_a_run_that_refuses_every_file(string limit)
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Good);
        var db = folder.File("news.db");

        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", db, "--max-file-size", limit);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"newsingest: --max-file-size must be a positive number of bytes, not {limit}\n", run.Error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void A_path_with_spaces_and_non_ASCII_letters_is_stored_and_shown_by_show_PATH()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Ünïcode dir/a file é 北京.txt", Good);
        var db = folder.File("news.db");

        var ingest = CliRun.Invoke("ingest", folder.File("Ünïcode dir"), "--db", db);
        var show = CliRun.Invoke("show", path, "--db", db);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains(path, show.Output, StringComparison.Ordinal);
        Assert.Contains("Harbour budget agreed", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_pipe_that_looks_like_an_article_is_reported_instead_of_waited_on()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Good);
        using (var mkfifo = Process.Start("mkfifo", [folder.File("in/pipe.txt")]))
        {
            mkfifo.WaitForExit();
        }

        var db = folder.File("news.db");

        // Opening a pipe for reading blocks until someone writes to it: a run that tried would never end.
        var ingest = Task.Run(() => CliRun.Invoke("ingest", folder.File("in"), "--db", db));
        var first = await Task.WhenAny(ingest, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(first == ingest, "ingest is stuck on the named pipe");
        var run = await ingest;

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pipe.txt: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("1", StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles"));
    }

    [Fact]
    public void A_file_deleted_or_truncated_after_listing_is_a_failed_row_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        var paths = SyntheticArticles.Write(folder.File("in"), 12);
        var db = folder.File("news.db");
        var observer = new TamperingObserver(paths[10], paths[11]);
        using var store = SqliteArticleStore.Open(db, StoreMode.ReadWrite);
        var runner = new IngestRunner(new ArticlePipeline(), new IngestOptions { Jobs = 1, BatchSize = 1 }, observer);

        var summary = runner.Run([folder.File("in")], store, "test", CancellationToken.None);

        Assert.True(observer.Tampered);
        Assert.Equal(12, summary.Counts.FilesSeen);
        Assert.Equal(10, summary.Counts.New);
        Assert.Equal(2, summary.Counts.Failed);
        Assert.Contains((paths[10], "file vanished before it could be read"), observer.Failures);
        Assert.Contains((paths[11], "empty file"), observer.Failures);
        Assert.Equal("failed", StoreSnapshot.Scalar(db, $"SELECT status FROM files WHERE path = '{paths[10]}'"));
        Assert.Equal("empty file", StoreSnapshot.Scalar(db, $"SELECT error FROM files WHERE path = '{paths[11]}'"));
    }

    /// <summary>
    /// Deletes one file and empties another once the first batch is written: with one file per batch and a channel
    /// of two, the readers are at most a few files ahead, so the last two are listed but not read yet.
    /// </summary>
    private sealed class TamperingObserver(string toDelete, string toTruncate) : IIngestObserver
    {
        public List<(string Path, string Reason)> Failures { get; } = [];

        public bool Tampered { get; private set; }

        public void FileFailed(string path, string reason) => Failures.Add((path, reason));

        public void Progress(int done, int total)
        {
            if (done == 1)
            {
                File.Delete(toDelete);
                File.WriteAllText(toTruncate, "");
                Tampered = true;
            }
        }
    }
}
