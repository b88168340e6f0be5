using System.Text;
using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Tests.Html;

/// <summary>Which day a page's published date is: the one its readers saw (issue 18, date rows), through the whole pipeline.</summary>
public sealed class HtmlPublishedDateTests
{
    private static readonly ArticlePipeline Pipeline = new(new ParseOptions { Today = new DateOnly(2026, 1, 1) });

    [Theory]
    // A day entered without a time, kept as local midnight east of London and written out in UTC.
    [InlineData("2024-03-08T23:00:00+00:00", "2024-03-09")]
    [InlineData("2024-07-19T22:00:00Z", "2024-07-20")]
    [InlineData("2024-07-19T21:00:00Z", "2024-07-20")]
    // A real time of day, or a local offset, keeps its day.
    [InlineData("2024-03-08T23:14:00+00:00", "2024-03-08T23:14:00+00:00")]
    [InlineData("2024-03-08T15:00:00+00:00", "2024-03-08T15:00:00+00:00")]
    [InlineData("2024-03-08T23:00:00+01:00", "2024-03-08T23:00:00+01:00")]
    public void The_published_day_is_the_one_readers_saw(string value, string expected)
    {
        var html = $"""
            <html><head><meta property="article:published_time" content="{value}"><title>Harbour board meets</title></head>
            <body><article><h1>Harbour board meets</h1><p>The harbour board met on Friday to discuss the new ferry timetable and the cost of dredging the channel.</p></article></body></html>
            """;

        var outcome = Pipeline.Parse("board.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(expected, Assert.IsType<ParseOutcome.Success>(outcome).Article.Published);
    }
}
