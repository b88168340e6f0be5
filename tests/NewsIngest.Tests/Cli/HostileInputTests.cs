using System.Diagnostics;
using NewsIngest.Cli.Output;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

/// <summary>Issue 21, rows 5 and 8: search text of any size, and stored text that would drive a terminal.</summary>
public sealed class HostileInputTests(FrictionCorpus corpus) : IClassFixture<FrictionCorpus>
{
    private static readonly Dictionary<string, string> NoColor = new() { ["NO_COLOR"] = "1" };

    // Row 5
    [Fact]
    public void A_query_of_two_thousand_words_is_refused_at_once_with_one_line()
    {
        var query = string.Join('\n', Enumerable.Repeat("Maduro", 2000));
        var clock = Stopwatch.StartNew();

        var run = CliRun.Invoke("search", query, "--db", corpus.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("newsingest: the search query is 13,999 characters long; at most 1,000 are accepted: search for fewer words", line);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed}");
    }

    [Fact]
    public void Repeated_words_count_once_and_too_many_different_terms_are_refused()
    {
        var repeated = CliRun.Invoke("search", string.Join(' ', Enumerable.Repeat("harbour", 120)), "--db", corpus.Db);
        var many = CliRun.Invoke("search", string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}")), "--db", corpus.Db);

        Assert.Equal(["long"], QueryFixture.Names(repeated.Output));
        Assert.Equal(2, many.ExitCode);
        Assert.Contains("40 different terms; at most 32", many.Error, StringComparison.Ordinal);
    }

    // Row 8
    [Fact]
    public void Control_characters_in_file_names_are_made_visible_in_tables_show_and_stderr()
    {
        using var folder = new TempFolder();
        folder.Write("in/evil\u001b[2J.txt", "Title: Clear screen\n\nA body of several words about the harbour wall and the fishing fleet in winter.\n");
        folder.Write("in/bad\nnewsingest: forged.txt", "");
        var db = folder.File("e.db");

        var ingest = CliRun.Invoke("ingest", folder.File("in"), "--db", db);
        var (_, table, _) = QueryFixture.Run(NoColor, terminal: true, "list", "--fields", "id,path,title", "--db", db);
        var show = CliRun.Invoke("show", "1", "--db", db);
        var sql = QueryFixture.Run(NoColor, terminal: true, "sql", "select substr(path, -30) as tail from files", "--db", db);

        Assert.DoesNotContain(ingest.Error.Split('\n'), l => l.StartsWith("newsingest: forged", StringComparison.Ordinal));
        Assert.Contains("bad\\nnewsingest: forged.txt", ingest.Error, StringComparison.Ordinal);
        foreach (var text in new[] { ingest.Error, table, show.Output, sql.Output })
        {
            Assert.DoesNotContain('\u001b', text);
        }

        Assert.Contains("evil\\x1b[2J.txt", show.Output, StringComparison.Ordinal);
        Assert.Contains("evil\\x1b[2J.txt", sql.Output, StringComparison.Ordinal);
        Assert.Contains("bad\\nnewsingest: forged.txt", sql.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab\u001b[2Jcd", 5, "ab…")]
    [InlineData("ab\u001b[2Jcd", 8, "ab\\x1b[…")]
    [InlineData("東京東京", 5, "東京…")]
    [InlineData("a😀b", 2, "a…")]
    [InlineData("e\u0301e\u0301e\u0301", 2, "e\u0301…")]
    public void A_cut_never_falls_inside_an_escape_or_a_character(string text, int width, string expected)
    {
        Assert.Equal(expected, TextWidth.Truncate(text, width));
    }
}
