using System.Text.Json;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

/// <summary>Issue 20: what trips a new user up in search text, limits, formats and messages, through the real CLI.</summary>
public sealed class EverydayFrictionTests(FrictionCorpus corpus) : IClassFixture<FrictionCorpus>
{
    private static readonly Dictionary<string, string> NoColor = new() { ["NO_COLOR"] = "1" };

    // Item 1
    [Fact]
    public void Search_in_a_pipe_prints_every_match_and_a_terminal_page_says_how_many_were_left_out()
    {
        using var folder = new TempFolder();
        SyntheticArticles.Write(folder.File("in"), 40);
        var db = folder.File("many.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.File("in"), "--db", db).ExitCode);
        var originals = int.Parse(CliRun.Invoke("sql", "select count(*) as n from articles where duplicate_of is null", "--format", "csv", "--db", db).Output.Split('\n')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);

        var piped = CliRun.Invoke("search", "the", "--db", db);
        var listed = CliRun.Invoke("list", "--db", db);
        var (exit, table, error) = QueryFixture.Run(NoColor, terminal: true, "search", "the", "--db", db);

        var matches = piped.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(matches > 20, $"{matches} matches");
        Assert.Equal(originals, listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(0, exit);
        Assert.Equal($"newsingest: 20 of {matches} shown; --limit 0 for all", error.Trim());
        Assert.Equal(20, table.Split('\n').Count(l => l.Length > 0 && char.IsDigit(l.TrimStart()[0])));
    }

    // Item 3
    [Theory]
    [InlineData("Blair's", "blair")]
    [InlineData("O'Brien", "blair")]
    [InlineData("U.S.", "blair")]
    [InlineData("\"Mr. Blair\"", "blair")]
    [InlineData("e-mail", "blair")]
    [InlineData("$1.13bn", "blair")]
    [InlineData("76%", "blair")]
    [InlineData("Blair -Brown", "blair")]
    [InlineData("Blair NOT Brown", "blair")]
    [InlineData("title:Blair", "blair")]
    [InlineData("Edinb*", "brown")]
    [InlineData("Gordon OR Manchester -Blair's", "brown")]
    public void Everyday_search_text_finds_what_it_says(string query, string expected)
    {
        var run = CliRun.Invoke("search", query, "--db", corpus.Db);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal([expected], QueryFixture.Names(run.Output));
    }

    [Fact]
    public void A_word_finds_its_other_forms_and_a_quoted_word_only_itself()
    {
        var plain = CliRun.Invoke("search", "approving", "--db", corpus.Db);
        var quoted = CliRun.Invoke("search", "\"approving\"", "--db", corpus.Db);

        Assert.Equal(["blair"], QueryFixture.Names(plain.Output));
        Assert.Contains("[approve]", plain.Output, StringComparison.Ordinal);
        Assert.Equal((1, ""), (quoted.ExitCode, quoted.Output));
    }

    [Fact]
    public void A_word_no_article_holds_gets_the_nearest_indexed_word_on_stderr()
    {
        var run = CliRun.Invoke("search", "Edinbrugh", "--db", corpus.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal("newsingest: no article holds 'Edinbrugh'; did you mean 'edinburgh'?", run.Error.Trim());
    }

    [Fact]
    public void Raw_FTS5_syntax_stays_behind_the_fts_option()
    {
        var raw = CliRun.Invoke("search", "--fts", "title: blair OR NEAR(Gordon Edinburgh)", "--db", corpus.Db);
        var plain = CliRun.Invoke("search", "Blair", "OR", "NEAR(Gordon", "Edinburgh)", "--db", corpus.Db);

        Assert.Equal(["blair", "brown"], QueryFixture.Names(raw.Output).Order());
        Assert.Equal(["brown"], QueryFixture.Names(plain.Output));
    }

    // Item 5
    [Theory]
    [InlineData("select id from articles where source = ?", "parameter")]
    [InlineData("select id from articles where source = :x", "parameter")]
    [InlineData("select 1; select 2", "one statement")]
    public void Sql_that_cannot_run_as_given_is_one_line_and_exit_2(string sql, string says)
    {
        var run = CliProcess.Run("sql", sql, "--db", corpus.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsingest: ", line, StringComparison.Ordinal);
        Assert.Contains(says, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_followed_by_only_a_comment_runs()
    {
        var run = CliRun.Invoke("sql", "select count(*) as n from articles; -- all of them", "--db", corpus.Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("{\"n\":4}", run.Output.Trim());
    }

    // Item 6
    [Theory]
    [InlineData(new[] { "serach", "Blair" }, "unknown command 'serach' (did you mean 'search'?)")]
    [InlineData(new[] { "search", "Blair", "--lmit", "5" }, "unknown option '--lmit' (did you mean '--limit'?)")]
    [InlineData(new[] { "list", "--lmit", "5" }, "unknown option '--lmit' (did you mean '--limit'?)")]
    [InlineData(new[] { "list", "-n", "abc" }, "--limit takes a whole number, e.g. --limit 20, not 'abc'")]
    [InlineData(new[] { "ingest", "x", "--max-file-size", "20Q" }, "--max-file-size takes a size in bytes, or with a suffix K, M or G (e.g. --max-file-size 20M), not '20Q'")]
    [InlineData(new[] { "dups", "explain", "1" }, "(see 'newsingest dups explain --help')")]
    [InlineData(new[] { "ingest", ".", "--jobs", "0" }, "--jobs must be 1 or more, not 0 (leave it out for one worker per core)")]
    [InlineData(new[] { "ingest", "-" }, "- (standard input) is read by parse only: save the input to a file and give its path")]
    [InlineData(new[] { "list", "--since", "2025", "--until", "2024-06" }, "--since 2025 is after --until 2024-06: no article can be in both (swap them?)")]
    [InlineData(new[] { "stats", "--format", "table" }, "Argument 'table' not recognized. Must be one of: 'text', 'json' (see 'newsingest stats --help')")]
    public void A_mistyped_command_line_is_one_line_that_names_the_fix(string[] args, string says)
    {
        var run = CliRun.Invoke([.. args, "--db", corpus.Db]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(says, line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_size_with_a_suffix_just_works()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "Title: A plain title\n\nA short body of some words about the harbour and the river in spring.\n");

        var run = CliRun.Invoke("ingest", folder.File("in"), "--max-file-size", "20M", "--db", folder.File("s.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 new", run.Output, StringComparison.Ordinal);
    }

    // Item 7
    [Fact]
    public void Json_is_one_document_in_every_command_and_jsonl_one_object_a_line()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("in/empty.txt", "");
        folder.Write("in/short.txt", "Title: x\n\nword\n");

        var validate = CliRun.Invoke("validate", folder.File("in"), "--format", "json");
        var validateLines = CliRun.Invoke("validate", folder.File("in"), "--format", "jsonl");
        var export = CliRun.Invoke("export", "--format", "json", "--db", corpus.Db);
        var explain = CliRun.Invoke("dups", "explain", "1", "2", "--format", "json", "--db", corpus.Db);
        var parse = CliRun.Invoke("parse", corpus.Articles, "--format", "json");

        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(validate.Output).RootElement.ValueKind);
        Assert.All(validateLines.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => JsonDocument.Parse(l));
        Assert.Equal(4, JsonDocument.Parse(export.Output).RootElement.GetArrayLength());
        Assert.False(JsonDocument.Parse(explain.Output).RootElement.GetProperty("duplicate").GetBoolean());
        Assert.Equal(4, JsonDocument.Parse(parse.Output).RootElement.GetArrayLength());
        Assert.Contains(empty, validate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_exits_1_in_show_and_in_dups_explain()
    {
        var show = CliRun.Invoke("show", "999", "--db", corpus.Db);
        var explain = CliRun.Invoke("dups", "explain", "1", "999", "--db", corpus.Db);

        Assert.Equal(1, show.ExitCode);
        Assert.Equal(1, explain.ExitCode);
        Assert.Contains("no article with id or path '999'", explain.Error, StringComparison.Ordinal);

        // An empty argument is no path to resolve: one line and exit 1, as any unknown article (it used to abort).
        var empty = CliRun.Invoke("show", "", "--db", corpus.Db);
        Assert.Equal(1, empty.ExitCode);
        Assert.Equal("newsingest: no article with id or path '' (see 'newsingest list')", empty.Error.Trim());
    }

    [Fact]
    public void Parse_reads_a_page_or_a_text_piped_to_it_as_dash()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("<html><head><title>Pier reopens | Harbour Post</title></head><body><article><h1>Pier reopens</h1><p>"
            + string.Join(' ', Enumerable.Repeat("The council reopened the pier on Monday after the winter repairs.", 6)) + "</p></article></body></html>");

        var json = CliRun.InvokeWithInput(page, "parse", "-", "--format", "json");
        var text = CliRun.InvokeWithInput("Title: Ferry fares fall\n\nThe ferry company cut its winter fares by a fifth on Monday.\n"u8.ToArray(), "parse", "-");
        var big = CliRun.InvokeWithInput(page, "parse", "-", "--max-file-size", "100");
        var empty = CliRun.InvokeWithInput([], "parse", "-");

        Assert.Equal(0, json.ExitCode);
        var record = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal(JsonValueKind.Object, record.ValueKind);
        Assert.Equal("-", record.GetProperty("path").GetString());
        Assert.Equal("Pier reopens", record.GetProperty("title").GetString());
        Assert.Contains("title      Ferry fares fall", text.Output, StringComparison.Ordinal);
        Assert.Equal(1, big.ExitCode);
        Assert.Contains("-: standard input is over the 100-byte limit", big.Error, StringComparison.Ordinal);
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("-: empty file", empty.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_program_reads_its_real_standard_input_for_parse_dash()
    {
        using var folder = new TempFolder();
        var article = folder.Write("in/ferry.txt", "Title: Ferry fares fall\n\nThe ferry company cut its winter fares by a fifth on Monday.\n");

        var run = ShellRun.WithStdin(article, "parse", "-", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Ferry fares fall", JsonDocument.Parse(run.Output).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Dups_explain_finds_articles_by_a_path_relative_to_the_working_folder_as_show_does()
    {
        var paths = CliRun.Invoke("list", "--fields", "path", "--format", "csv", "--limit", "2", "--db", corpus.Db).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)
            .Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p)).ToList();

        var explain = CliRun.Invoke("dups", "explain", paths[0], paths[1], "--format", "json", "--db", corpus.Db);

        Assert.Equal(0, explain.ExitCode);
        Assert.False(Path.IsPathRooted(paths[0]));
        Assert.Equal(2, JsonDocument.Parse(explain.Output).RootElement.EnumerateObject().Count(p => p.Name is "a" or "b"));
    }

    // Item 8
    [Fact]
    public void No_results_are_an_empty_array_a_csv_header_or_a_word_on_a_terminal()
    {
        var json = CliRun.Invoke("search", "zeppelin", "--format", "json", "--db", corpus.Db);
        var csv = CliRun.Invoke("list", "--source", "Nowhere", "--format", "csv", "--db", corpus.Db);
        var (exit, table, error) = QueryFixture.Run(NoColor, terminal: true, "search", "zeppelin", "--db", corpus.Db);
        var sql = CliRun.Invoke("sql", "select id from articles where 0", "--format", "csv", "--db", corpus.Db);

        Assert.Equal((1, "[]"), (json.ExitCode, json.Output.Trim()));
        Assert.Equal(1, csv.ExitCode);
        Assert.StartsWith("id,path,sha256,title", csv.Output, StringComparison.Ordinal);
        Assert.Single(csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal((1, "", "newsingest: no matches"), (exit, table, error.Trim()));
        Assert.Equal((0, "id"), (sql.ExitCode, sql.Output.Trim()));
    }

    [Theory]
    [InlineData("--source", "BBC", "blair")]
    [InlineData("--source", "bbc news", "blair")]
    [InlineData("--author", "Atwood", "blair")]
    [InlineData("--author", "smith", "brown")]
    [InlineData("--source", "nhk", "tokyo")]
    public void Filters_match_whole_words_of_the_stored_value_in_any_case(string option, string value, string expected)
    {
        var run = CliRun.Invoke("list", option, value, "--db", corpus.Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([expected], QueryFixture.Names(run.Output));
    }

    [Fact]
    public void A_filter_matches_a_word_not_part_of_one()
    {
        var run = CliRun.Invoke("list", "--source", "New", "--db", corpus.Db);

        Assert.Equal(1, run.ExitCode);
    }

    // Item 9
    [Fact]
    public void Search_rows_carry_the_snippet_not_the_body_and_fields_picks_what_is_printed()
    {
        var plain = CliRun.Invoke("search", "Blair", "--db", corpus.Db);
        var picked = CliRun.Invoke("search", "Blair", "--fields", "id,title,body", "--format", "json", "--db", corpus.Db);
        var listed = CliRun.Invoke("list", "--fields", "title,published", "--format", "csv", "--db", corpus.Db);
        var export = CliRun.Invoke("export", "--format", "csv", "--db", corpus.Db);

        Assert.All(plain.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line =>
        {
            var row = JsonDocument.Parse(line).RootElement;
            Assert.False(row.TryGetProperty("body", out _));
            Assert.True(row.TryGetProperty("snippet", out _));
            Assert.True(row.TryGetProperty("title", out _));
        });
        var first = JsonDocument.Parse(picked.Output).RootElement[0];
        Assert.Equal(["id", "title", "body"], first.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("title,published\r\n", listed.Output, StringComparison.Ordinal);
        var header = export.Output.Split("\r\n")[0].Split(',');
        Assert.Superset(new HashSet<string> { "body", "boilerplate", "warnings", "provenance", "modified" }, header.ToHashSet());
    }

    [Fact]
    public void An_unknown_field_is_a_usage_error_that_lists_the_fields()
    {
        var run = CliRun.Invoke("list", "--fields", "id,titel", "--db", corpus.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no field 'titel'", run.Error, StringComparison.Ordinal);
    }

    // Item 10
    [Fact]
    public void At_80_columns_the_title_gets_the_room_and_CJK_counts_two_cells()
    {
        var (_, table, _) = QueryFixture.Run(NoColor, terminal: true, "list", "--db", corpus.Db);

        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var titleColumn = lines[0].IndexOf("TITLE", StringComparison.Ordinal);
        Assert.True(80 - titleColumn >= 32, $"title starts at column {titleColumn}");
        Assert.Contains("The harbour wall is rebuilt", table, StringComparison.Ordinal);
        Assert.All(lines, line => Assert.True(NewsIngest.Cli.Output.TextWidth.Visible(line) <= 80, line));
        var tokyo = lines.Single(l => l.Contains("東京", StringComparison.Ordinal));
        var blair = lines.Single(l => l.Contains("Blair", StringComparison.Ordinal));
        Assert.Equal(NewsIngest.Cli.Output.TextWidth.Visible(tokyo[..tokyo.IndexOf('東', StringComparison.Ordinal)]), blair.IndexOf("Blair", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("search")]
    [InlineData("list")]
    [InlineData("ingest")]
    [InlineData("sql")]
    public void Help_ends_with_real_examples(string command)
    {
        var run = CliRun.Invoke(command, "--help");

        Assert.Equal(0, run.ExitCode);
        var tail = run.Output[run.Output.LastIndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.True(tail.Split('\n').Count(l => l.StartsWith($"  newsingest {command}", StringComparison.Ordinal)) >= 2);
    }

    // Item 4
    [Fact]
    public void Validate_says_the_stored_excerpt_is_an_excerpt_of_the_fuller_file()
    {
        using var folder = new TempFolder();
        var db = folder.File("excerpt.db");
        var excerpt = Directory.GetFiles(QueryFixture.SeedsFolder, "003_*").Single();
        var original = Directory.GetFiles(QueryFixture.SeedsFolder, "002_*").Single();
        Assert.Equal(0, CliRun.Invoke("ingest", excerpt, "--db", db).ExitCode);

        var run = CliRun.Invoke("validate", original, "--db", db);

        var line = Assert.Single(run.Output.Split('\n'), l => l.Contains("NI108", StringComparison.Ordinal));
        Assert.Contains("stored article #1", line, StringComparison.Ordinal);
        Assert.Contains("is an excerpt", line, StringComparison.Ordinal);
        Assert.Contains("of this file", line, StringComparison.Ordinal);
        Assert.DoesNotContain("skip it", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_and_validate_agree_that_a_file_of_headers_only_has_no_body()
    {
        using var folder = new TempFolder();
        var file = folder.Write("in/headers.txt", "Title: Only a title\nDate: 2025-03-01\nSource: BBC\n");

        var ingest = CliRun.Invoke("ingest", file, "--db", folder.File("h.db"));
        var validate = CliRun.Invoke("validate", file);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("0 new", ingest.Output, StringComparison.Ordinal);
        Assert.Contains("1 failed", ingest.Output, StringComparison.Ordinal);
        Assert.Contains("no body text", ingest.Error, StringComparison.Ordinal);
        Assert.Contains("not only headers or boilerplate (validate calls this NI004)", ingest.Error, StringComparison.Ordinal);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("NI004", validate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_scripts_never_ran_fails_with_the_advice_to_save_it_after_it_loaded()
    {
        using var folder = new TempFolder();
        var page = folder.Write("in/app.html", "<html><head><title>Harbour News</title><script src=\"/app.js\"></script></head><body><div id=\"root\"></div></body></html>");

        var ingest = CliRun.Invoke("ingest", page, "--db", folder.File("p.db"));

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains($"{page}: no body text is left after boilerplate removal: make sure the page holds the article text (saved after it loaded)", ingest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_HTML_page_gets_HTML_advice()
    {
        using var folder = new TempFolder();
        var page = folder.Write("in/page.html", "<html><body><article><p>" + string.Join(' ', Enumerable.Repeat("The council met on the harbour wall and agreed a plan.", 12)) + "</p></article></body></html>");

        var run = CliRun.Invoke("validate", page);

        var noDate = Assert.Single(run.Output.Split('\n'), l => l.Contains("NI101", StringComparison.Ordinal));
        Assert.Contains("article:published_time", noDate, StringComparison.Ordinal);
        Assert.DoesNotContain("Date:", noDate, StringComparison.Ordinal);
    }
}
