using System.Globalization;
using System.Text;
using NewsIngest.Core.Html;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Security;

/// <summary>Pages built to cost time: the run bounds the work per page, reports the page, and goes on.</summary>
public class HostileHtmlTests
{
    private const string Good = "Title: Harbour budget agreed\nDate: 2025-03-04\n\nThe council met on Tuesday and agreed the new budget for the harbour and its two bridges.\n";

    // A guard, not a measurement: before the depth limit this ingest was still busy after 200 s on an idle machine
    // (20,000 divs took 16.8 s, and the cost grows with the square). After it the whole process takes about 2 s of CPU,
    // but a full suite on 2 shared cores (load average 80) once stretched that past 90 s of wall time.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(300);

    [Fact]
    public void A_page_of_100000_nested_divs_is_stored_with_a_deep_nesting_warning_and_the_good_file_beside_it_is_stored_too()
    {
        using var folder = new TempFolder();
        folder.Write("in/deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Deep harbour words at the bottom</body></html>");
        folder.Write("in/good.txt", Good);
        var db = folder.File("news.db");

        var run = WithinGuard(() => CliRun.Invoke("ingest", folder.File("in"), "--db", db));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2 files seen: 2 new,", run.Output, StringComparison.Ordinal);
        Assert.Equal("Harbour budget agreed", StoreSnapshot.Scalar(db, "SELECT title FROM articles WHERE path LIKE '%good.txt'"));
        Assert.Equal("Deep harbour words at the bottom", StoreSnapshot.Scalar(db, "SELECT body FROM articles WHERE path LIKE '%deep.html'"));
        Assert.Contains("deep-nesting", StoreSnapshot.Scalar(db, "SELECT warnings FROM articles WHERE path LIKE '%deep.html'"), StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_elements_that_the_parser_would_open_again_after_each_closed_div_are_bounded_too()
    {
        using var folder = new TempFolder();
        var page = new StringBuilder("<html><body>");
        for (var round = 0; round < 200; round++)
        {
            page.Append("<div>");
            for (var i = 0; i < 250; i++)
            {
                page.Append(CultureInfo.InvariantCulture, $"<b id=b{round}-{i}>");
            }

            page.Append("</div>word ");
        }

        var stacked = folder.Write("stacked.html", page.ToString());

        var run = WithinGuard(() => CliRun.Invoke("parse", stacked, "--format", "json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"deep-nesting\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_flags_a_deeply_nested_page_so_a_pull_request_adding_one_is_seen()
    {
        using var folder = new TempFolder();
        var deep = folder.Write("deep.html", "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<section>", 5_000)) + "Words</body></html>");

        var run = WithinGuard(() => CliRun.Invoke("validate", deep, "--strict"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning NI109", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_over_the_tag_budget_is_reported_too_complex_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        var tags = new StringBuilder("<html><body>");
        for (var i = 0; i <= HtmlLimits.MaxTags; i++)
        {
            tags.Append("<b>x</b>");
        }

        var heavy = folder.Write("in/heavy.html", tags.ToString());
        folder.Write("in/good.txt", Good);
        var db = folder.File("news.db");

        var run = WithinGuard(() => CliRun.Invoke("ingest", folder.File("in"), "--db", db));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("2 files seen: 1 new, 0 updated, 0 unchanged, 0 duplicates, 1 failed", run.Output, StringComparison.Ordinal);
        Assert.Equal($"newsingest: {heavy}: too complex: the page has {2 + ((HtmlLimits.MaxTags + 1) * 2):N0} tags, over the limit of {HtmlLimits.MaxTags:N0} for one page\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal("Harbour budget agreed", StoreSnapshot.Scalar(db, "SELECT title FROM articles"));
    }

    private static CliRun WithinGuard(Func<CliRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(Guard), $"the command was still running after {Guard.TotalSeconds} s");
        return task.Result;
    }
}
