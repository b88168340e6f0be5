using NewsIngest.Cli.Output;

namespace NewsIngest.Tests.Cli;

public class TableWriterTests
{
    [Fact]
    public void A_table_narrower_than_the_terminal_keeps_every_cell_whole()
    {
        var output = new StringWriter();

        TableWriter.Write(output, [new("ID", AlignRight: true), new("TITLE", Flexible: true)], [["7", "Short"], ["12", "Longer title"]], 80);

        Assert.Equal("ID  TITLE\n 7  Short\n12  Longer title\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_wide_table_cuts_the_flexible_column_first_with_an_ellipsis()
    {
        var output = new StringWriter();

        TableWriter.Write(output, [new("SOURCE"), new("TITLE", Flexible: true)], [["Gazette", new string('x', 100)]], 30);

        var row = output.ToString().ReplaceLineEndings("\n").Split('\n')[1];
        Assert.Equal(30, row.Length);
        Assert.StartsWith("Gazette  xxx", row, StringComparison.Ordinal);
        Assert.EndsWith("x…", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutting_a_marked_snippet_closes_an_open_mark_and_does_not_count_marks_as_columns()
    {
        var marked = $"ab{Snippets.Open}cdef{Snippets.Close}gh";

        Assert.Equal(marked, TextWidth.Truncate(marked, 8));
        Assert.Equal($"ab{Snippets.Open}cd{Snippets.Close}…", TextWidth.Truncate(marked, 5));
        Assert.Equal("ab\u001b[1mcd\u001b[0m…", Snippets.Render(TextWidth.Truncate(marked, 5)));
    }
}
