using NewsIngest.Cli.Output;

namespace NewsIngest.Tests.Cli;

public class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("Nicolás Maduro’s", "Nicolás Maduro’s")]
    public void Fields_are_quoted_only_when_RFC_4180_needs_it(string? field, string expected)
    {
        Assert.Equal(expected, CsvWriter.Escape(field));
    }

    [Fact]
    public void A_row_ends_with_CRLF()
    {
        var output = new StringWriter();

        CsvWriter.WriteRow(output, ["a", null, "c"]);

        Assert.Equal("a,,c\r\n", output.ToString());
    }
}
