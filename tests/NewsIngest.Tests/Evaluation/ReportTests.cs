using NewsIngest.Evaluation;
using NewsIngest.Evaluation.Corpora.Html;
using NewsIngest.Evaluation.Report;

namespace NewsIngest.Tests.Evaluation;

public class ReportTests
{
    private static readonly MeasureRow[] Rows =
    [
        new("bbc", "title", 0.12345, 10, null, "a note"),
        new("bbc", "dup: pair recall", null, 66, 0.95, "n/a: not built"),
    ];

    [Fact]
    public void The_table_prints_three_decimals_and_n_a_for_a_missing_figure()
    {
        var lines = ReportWriter.Table(Rows).Split('\n');

        Assert.StartsWith("corpus", lines[0]);
        Assert.Contains("0.123", lines[2]);
        Assert.Contains("n/a", lines[3]);
        Assert.Contains("0.950", lines[3]);
    }

    [Fact]
    public void Json_has_snake_case_keys_rounded_figures_and_nulls()
    {
        var json = ReportWriter.Json(Rows);

        Assert.Contains("\"figure\": 0.123", json);
        Assert.Contains("\"figure\": null", json);
        Assert.Contains("\"published\": 0.95", json);
        Assert.Contains("\"items\": 66", json);
        Assert.Contains("\"note\": \"n/a: not built\"", json);
    }

    [Fact]
    public void Arguments_default_to_the_shared_corpus_and_a_table()
    {
        var (parsed, error) = EvalArguments.Parse([]);

        Assert.Null(error);
        Assert.Equal(new EvalArguments("../shared/corpus", null, false), parsed);
    }

    [Fact]
    public void Arguments_take_corpus_only_and_format()
    {
        var (parsed, _) = EvalArguments.Parse(["--corpus", "c", "--only", "bbc", "--format", "json"]);

        Assert.Equal(new EvalArguments("c", "bbc", true), parsed);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--corpus")]
    [InlineData("--verbose")]
    public void Bad_arguments_give_a_one_line_error(params string[] args)
    {
        var (parsed, error) = EvalArguments.Parse(args);

        Assert.Null(parsed);
        Assert.NotNull(error);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void Expected_html_becomes_words_separated_at_element_boundaries_without_scripts()
    {
        Assert.Equal("one two &", HtmlText.Of("<p>one</p><p>two<script>x()</script></p><p>&amp;</p>").Replace("  ", " "));
    }
}
