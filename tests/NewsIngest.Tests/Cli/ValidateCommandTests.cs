using NewsIngest.Core.Validation;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

public class ValidateCommandTests
{
    private const string GoodArticle =
        "Harbour Seals Return to the Old Docks\n\nDate: 2025-06-02\n\n" +
        "Harbour seals have returned to the old docks for the first time in a decade, volunteers counting them on " +
        "Sunday said, after years in which the water was too polluted for the fish they feed on.\n\n" +
        "The count found forty-one animals resting on the slipways at low tide, twice the number seen last summer, " +
        "and the group plans to repeat it every month until the autumn.\n";

    [Fact]
    public void I_can_validate_a_folder_and_get_errors_for_empty_and_binary_files_with_exit_1()
    {
        using var folder = new TempFolder();
        folder.Write("in/empty.txt", "");
        folder.Write("in/picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);

        var run = CliRun.Invoke("validate", folder.File("in"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: error NI001: empty file", run.Output, StringComparison.Ordinal);
        Assert.Contains("picture.txt: error NI002: not text: looks like a PNG image", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 files checked: 2 errors", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_for_empty_binary_and_header_only_files_a_warning_for_windows_1252_and_nothing_for_a_good_article()
    {
        using var folder = new TempFolder();
        folder.Write("in/empty.txt", "");
        folder.Write("in/picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        folder.Write("in/header-only.txt", "Title: Harbour news\nDate: 2025-02-30\n");
        var cp1252 = System.Text.Encoding.Latin1.GetBytes(GoodArticle.Replace("volunteers", "caf\u00e9 owners", StringComparison.Ordinal));
        folder.Write("in/windows-1252.txt", cp1252);
        folder.Write("in/good.txt", GoodArticle.Replace("Harbour seals have", "Grey seals have", StringComparison.Ordinal));

        var run = CliRun.Invoke("validate", folder.File("in"));
        var byFile = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal))
            .GroupBy(l => Path.GetFileName(l[..l.IndexOf(':', StringComparison.Ordinal)]))
            .ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(byFile["empty.txt"], l => l.Contains("error NI001", StringComparison.Ordinal));
        Assert.Contains(byFile["picture.txt"], l => l.Contains("error NI002", StringComparison.Ordinal));
        Assert.Contains(byFile["header-only.txt"], l => l.Contains("header-only.txt:2: error NI005", StringComparison.Ordinal));
        Assert.Contains(byFile["header-only.txt"], l => l.Contains("error NI004", StringComparison.Ordinal));
        Assert.All(byFile["windows-1252.txt"], l => Assert.Contains("warning", l, StringComparison.Ordinal));
        Assert.Contains(byFile["windows-1252.txt"], l => l.Contains("NI103", StringComparison.Ordinal));
        Assert.False(byFile.ContainsKey("good.txt"), string.Join('\n', byFile.GetValueOrDefault("good.txt") ?? []));
    }

    [Fact]
    public void Validating_the_seeds_warns_about_001s_missing_date_exits_0_and_1_with_strict()
    {
        var run = CliRun.Invoke("validate", RepoPaths.Seeds);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Output.Split('\n'), l => l.Contains("001_06a31232bc44767b.txt: warning NI101", StringComparison.Ordinal));
        Assert.Equal(1, CliRun.Invoke("validate", RepoPaths.Seeds, "--strict").ExitCode);
    }

    [Fact]
    public void The_github_format_prints_workflow_commands_with_escaped_properties()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("in/a,b.txt", "");

        var run = CliRun.Invoke("validate", empty, "--format", "github");

        Assert.StartsWith("::error file=", run.Output, StringComparison.Ordinal);
        Assert.Contains("a%2Cb.txt", run.Output, StringComparison.Ordinal);
        Assert.Contains("::NI001 empty file", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 files checked: 1 errors", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_jsonl_format_prints_one_finding_per_line()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("in/empty.txt", "");

        var run = CliRun.Invoke("validate", empty, "--format", "jsonl");

        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"code\":\"NI001\"", line, StringComparison.Ordinal);
        Assert.Contains("\"severity\":\"error\"", line, StringComparison.Ordinal);
        Assert.Contains("\"line\":null", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_within_the_run_is_a_warning_that_names_the_other_file()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", GoodArticle);
        folder.Write("in/b.txt", GoodArticle);

        var run = CliRun.Invoke("validate", folder.File("in"));

        Assert.Contains("b.txt: warning NI107", run.Output, StringComparison.Ordinal);
        Assert.Contains("a.txt", run.Output.Split('\n').Single(l => l.Contains("NI107", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, CliRun.Invoke("validate", folder.File("in"), "--strict").ExitCode);
    }

    [Fact]
    public void With_a_store_a_copy_of_a_stored_article_is_reported_and_the_store_is_untouched()
    {
        using var folder = new TempFolder();
        folder.Write("stored/original.txt", GoodArticle);
        var db = folder.File("news.db");
        Assert.Equal(0, CliRun.Invoke("ingest", folder.File("stored"), "--db", db).ExitCode);
        var before = File.ReadAllBytes(db);
        folder.Write("incoming/copy.txt", GoodArticle.Replace("volunteers", "volunteer groups", StringComparison.Ordinal));

        var run = CliRun.Invoke("validate", folder.File("incoming"), "--db", db);

        var line = Assert.Single(run.Output.Split('\n'), l => l.Contains("NI108", StringComparison.Ordinal));
        Assert.Contains("original.txt", line, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void A_missing_path_or_an_unknown_format_is_a_usage_error()
    {
        using var folder = new TempFolder();

        Assert.Equal(2, CliRun.Invoke("validate", folder.File("nowhere")).ExitCode);
        Assert.Equal(2, CliRun.Invoke("validate", folder.Path, "--format", "xml").ExitCode);
    }

    [Fact]
    public void Validate_writes_nothing_to_the_folders_it_reads()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", GoodArticle);
        var before = Directory.GetFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Order().ToList();

        CliRun.Invoke("validate", folder.File("in"));

        Assert.Equal(before, Directory.GetFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Order());
    }

    [Theory]
    [InlineData("CNN Staff", true)]
    [InlineData("example.com", true)]
    [InlineData("Associated Press", true)]
    [InlineData("Kylie Atwood", false)]
    [InlineData("Zachary Cohen", false)]
    public void Authors_that_are_outlets_or_roles_are_recognised(string author, bool suspect)
    {
        Assert.Equal(suspect, ArticleValidator.LooksLikeOutletOrRole(author));
    }

    [Fact]
    public void Rule_codes_are_unique()
    {
        Assert.Equal(ValidationRules.All.Count, ValidationRules.All.Select(r => r.Code).Distinct().Count());
    }
}
