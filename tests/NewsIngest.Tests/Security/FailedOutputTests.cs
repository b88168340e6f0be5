using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Security;

/// <summary>Results that cannot be written are an error the user hears about; a reader that went away is not.</summary>
public class FailedOutputTests
{
    private const string Article = "Title: Harbour budget agreed\nDate: 2025-03-04\n\nThe council met on Tuesday and agreed the new budget for the harbour and its two bridges.\n";

    [Theory]
    [InlineData("export")]
    [InlineData("list")]
    [InlineData("search", "harbour")]
    [InlineData("sql", "select title from articles")]
    [InlineData("parse")]
    public void A_full_disk_under_stdout_is_one_line_and_exit_2(params string[] command)
    {
        using var folder = new TempFolder();
        var article = folder.Write("in/harbour.txt", Article);
        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.File("in"), "--db", db).ExitCode);
        string[] args = command[0] == "parse" ? ["parse", article] : [.. command, "--db", db];

        var run = ShellRun.WithStdout("/dev/full", args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("newsingest: cannot write to stdout: No space left on device\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_reader_that_stops_early_is_no_error()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 300; i++)
        {
            folder.Write($"in/{i:D3}.txt", Article.Replace("harbour", $"harbour {i}", StringComparison.Ordinal));
        }

        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.File("in"), "--db", db).ExitCode);

        var run = ShellRun.IntoClosedPipe("export", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
    }
}
