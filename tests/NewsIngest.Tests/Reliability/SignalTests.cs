using System.Diagnostics;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Reliability;

/// <summary>
/// SIGTERM (kill, timeout, a CI job's time limit) in the middle of a command ends it promptly with 143, as a shell
/// reports a process ended by that signal; an ingest commits what it wrote first, so its store stays sound.
/// </summary>
public class SignalTests
{
    // Far more than a stop takes (well under a second on an idle machine): only a command that ignored the signal
    // (it used to run to its end, or forever on a named pipe) takes this long.
    private static readonly TimeSpan Ignored = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("parse")]
    [InlineData("validate")]
    [InlineData("ingest")]
    public async Task Sigterm_in_the_middle_of_a_command_ends_it_with_143(string command)
    {
        using var folder = new TempFolder();
        var input = folder.File("in");
        // Validate shows no sign of work before its end, so the signal goes out after a fixed moment; the optimised
        // build checked 6,000 files in about that moment and finished before the signal.
        SyntheticArticles.Write(input, command == "validate" ? 20_000 : 6000);
        // A named pipe too: it used to hold parse and validate forever, signal or not.
        SpecialFiles.NamedPipe(Path.Combine(input, "zz-pipe.txt"));
        var db = folder.File("news.db");
        string[] args = command == "ingest" ? ["ingest", input, "--db", db, "--jobs", "1"] : [command, input];

        using var process = CliProcess.Start(args);
        var error = process.StandardError.ReadToEndAsync();
        WaitUntilWorking(command, process, db);
        var output = process.StandardOutput.ReadToEndAsync();
        Assert.False(process.HasExited, $"{command} ended before the signal: use a larger folder");
        ProcessSignal.Send(process, "-TERM");

        var ended = process.WaitForExit(Ignored);
        if (!ended)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(ended, $"{command} still ran {Ignored.TotalSeconds} s after SIGTERM");
        await process.WaitForExitAsync();
        Assert.Equal(143, process.ExitCode);
        Assert.Contains("interrupted", await error, StringComparison.Ordinal);
        _ = await output;
        if (command == "ingest")
        {
            Assert.Equal("ok", StoreSnapshot.Scalar(db, "PRAGMA integrity_check"));
            Assert.Equal("interrupted", StoreSnapshot.Scalar(db, "SELECT status FROM runs ORDER BY id DESC LIMIT 1"));
        }
    }

    /// <summary>Waits for a sign of work: parse's first record, ingest's store file, or a moment for validate (which prints at its end).</summary>
    private static void WaitUntilWorking(string command, Process process, string db)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            var working = command switch
            {
                "parse" => process.StandardOutput.ReadLine() is not null,
                "ingest" => File.Exists(db) && new FileInfo(db).Length > 0,
                _ => clock.Elapsed > TimeSpan.FromSeconds(1.5),
            };
            if (working)
            {
                return;
            }

            Thread.Sleep(20);
        }
    }
}
