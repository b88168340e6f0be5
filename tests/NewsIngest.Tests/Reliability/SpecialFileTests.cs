using System.Globalization;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Reliability;

/// <summary>
/// ingest, parse and validate read through one reader: a named pipe (also one named like a web archive), a socket, a link to a device and a file over
/// the size limit are each reported and never opened, the good files are processed, and the command exits 1.
/// The link is read with --follow: without it a link inside a folder is skipped unread (see HostileFolderTests).
/// The real program runs in a process of its own, so a command that blocked would be seen (and killed).
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);
    private readonly TempFolder _folder = new();
    private readonly System.Net.Sockets.Socket _socket;

    public SpecialFileTests()
    {
        var input = _folder.File("in");
        Directory.CreateDirectory(input);
        File.Copy(Directory.GetFiles(RepoPaths.Seeds, "000_*.txt").Single(), Path.Combine(input, "good-1.txt"));
        File.Copy(Directory.GetFiles(RepoPaths.Seeds, "001_*.txt").Single(), Path.Combine(input, "good-2.txt"));
        SpecialFiles.NamedPipe(Path.Combine(input, "pipe.txt"));
        SpecialFiles.NamedPipe(Path.Combine(input, "pipe.warc.gz"));
        _socket = SpecialFiles.Socket(Path.Combine(input, "socket.txt"));
        SpecialFiles.LinkToDevice(Path.Combine(input, "zero.txt"));
        File.WriteAllText(Path.Combine(input, "huge.txt"), "Title: Too long\n\n" + string.Concat(Enumerable.Repeat("A sentence that goes on. ", 2000)));
    }

    public static TheoryData<string> Commands => ["parse", "validate", "ingest"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Pipes_sockets_devices_and_oversize_files_are_reported_and_the_good_files_processed(string command)
    {
        string[] args = command == "ingest"
            ? ["ingest", _folder.File("in"), "--db", _folder.File("news.db"), "--max-file-size", "20000", "--follow"]
            : [command, _folder.File("in"), "--max-file-size", "20000", "--follow"];

        var run = RunWithin(Hang, args);

        Assert.Equal(1, run.ExitCode);
        var report = run.Output + run.Error;
        AssertReported(report, "pipe.txt", "a named pipe (FIFO), not a regular file: not read");
        AssertReported(report, "pipe.warc.gz", "a named pipe (FIFO), not a regular file: not read");
        AssertReported(report, "socket.txt", "a socket, not a regular file: not read");
        AssertReported(report, "zero.txt", "a character device (through a link to /dev/zero), not a regular file: not read");
        AssertReported(report, "huge.txt", "file is 50,017 bytes, over the 20,000-byte limit (raise it with --max-file-size)");
        foreach (var good in new[] { "good-1.txt", "good-2.txt" })
        {
            Assert.DoesNotContain($"{good}:", run.Error, StringComparison.Ordinal);
        }

        switch (command)
        {
            case "parse":
                Assert.Equal(2, run.Output.Split("\n------", StringSplitOptions.None).Length);
                break;
            case "validate":
                Assert.Contains("7 files checked: 5 errors", run.Output, StringComparison.Ordinal);
                break;
            default:
                Assert.Contains("7 files seen: 2 new", run.Output, StringComparison.Ordinal);
                Assert.Equal("2", StoreSnapshot.Scalar(_folder.File("news.db"), "SELECT count(*) FROM articles"));
                Assert.Equal("5", StoreSnapshot.Scalar(_folder.File("news.db"), "SELECT count(*) FROM files WHERE status = 'failed'"));
                break;
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _folder.Dispose();
    }

    /// <summary>Some line of the report names the file and the reason (parse and ingest: "PATH: reason"; validate: "PATH: error NI003: ... reason").</summary>
    private static void AssertReported(string report, string file, string reason) =>
        Assert.Contains(report.Split('\n'), line => line.Contains($"{file}:", StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));

    /// <summary>Runs the program; one still running after <paramref name="limit"/> is killed and fails the test.</summary>
    internal static CliRun RunWithin(TimeSpan limit, params string[] args)
    {
        using var process = CliProcess.Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"newsingest {string.Join(' ', args)} still ran after {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
