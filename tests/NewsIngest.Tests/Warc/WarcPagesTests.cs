using System.Text;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Warc;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Warc;

public class WarcPagesTests
{
    private static WarcRecord Record(string type, string? contentType, byte[] block, string uri = "https://www.daily.example/2024/05/06/story.html") => new()
    {
        Version = "WARC/1.1",
        Type = type,
        RecordId = "<urn:uuid:x>",
        Date = "2025-03-04T05:06:07Z",
        TargetUri = uri,
        ContentType = contentType,
        Offset = 42,
        Block = block,
    };

    private static WarcPageOutcome Classify(WarcRecord record) => WarcPages.Classify("crawl.warc.gz", record, 1 << 20);

    [Theory]
    [InlineData("request", "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("metadata", "application/warc-fields", "fetchTimeMs: 1\r\n")]
    [InlineData("warcinfo", "application/warc-fields", "software: x\r\n")]
    [InlineData("revisit", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")]
    [InlineData("conversion", "text/plain", "converted text")]
    [InlineData("response", "application/http; msgtype=response", "HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Type: text/html\r\n\r\n")]
    [InlineData("response", "application/http; msgtype=response", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>")]
    [InlineData("response", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n\xFF\xD8\xFF")]
    [InlineData("response", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: application/javascript\r\n\r\nvar x;")]
    [InlineData("resource", "application/pdf", "%PDF-1.4")]
    public void Records_that_are_not_articles_are_passed_over(string type, string contentType, string block)
    {
        Assert.IsType<WarcPageOutcome.PassedOver>(Classify(Record(type, contentType, Encoding.Latin1.GetBytes(block))));
    }

    [Fact]
    public void Robots_txt_is_passed_over_though_it_is_plain_text()
    {
        var record = Record("response", "application/http; msgtype=response", WarcBuilder.Http("200 OK", "text/plain", "User-agent: *\n"u8.ToArray()), "https://a.example/robots.txt");

        Assert.IsType<WarcPageOutcome.PassedOver>(Classify(record));
    }

    [Fact]
    public void A_2xx_html_response_is_a_page_with_its_url_fetch_time_charset_and_path()
    {
        var record = Record("response", "application/http; msgtype=response", WarcBuilder.Http("200 OK", "text/html; charset=iso-8859-1", WarcBuilder.Html("T", "P")));

        var page = Assert.IsType<WarcPageOutcome.Page>(Classify(record)).Value;

        Assert.Equal("crawl.warc.gz#<urn:uuid:x>", page.Path);
        Assert.Equal("https://www.daily.example/2024/05/06/story.html", page.Url);
        Assert.Equal("2025-03-04T05:06:07Z", page.Fetched);
        Assert.Equal("iso-8859-1", page.Charset);
        Assert.True(page.IsHtml);
    }

    [Fact]
    public void A_resource_record_is_a_page_of_its_own_content_type()
    {
        var page = Assert.IsType<WarcPageOutcome.Page>(Classify(Record("resource", "text/plain; charset=utf-8", "Title\n\nBody."u8.ToArray()))).Value;

        Assert.False(page.IsHtml);
        Assert.Equal("Title\n\nBody."u8.ToArray(), page.Payload);
    }

    [Fact]
    public void The_http_charset_outranks_the_pages_own_meta_and_the_url_gives_date_and_source()
    {
        var html = "<html><head><meta charset=\"utf-8\"><title>Caf\xE9 opens</title></head><body><article><h1>Caf\xE9 opens</h1><p>The caf\xE9 on the square opened its doors on Monday, the owners said.</p><p>More than a hundred people queued in the rain for the first coffee of the morning.</p></article></body></html>";
        var record = Record("response", "application/http; msgtype=response", WarcBuilder.Http("200 OK", "text/html; charset=windows-1252", Encoding.Latin1.GetBytes(html)));
        var page = Assert.IsType<WarcPageOutcome.Page>(Classify(record)).Value;

        var article = Assert.IsType<ParseOutcome.Success>(new ArticlePipeline().ParsePage(page)).Article;

        Assert.Equal("Café opens", article.Title);
        Assert.Equal("2024-05-06", article.Published);
        Assert.Equal("url", article.Provenance["published"]);
        Assert.Equal("daily.example", article.Source);
        Assert.Equal("url", article.Provenance["source"]);
        Assert.Equal(page.Url, article.Url);
        Assert.Equal("2025-03-04T05:06:07Z", article.Fetched);
    }

    [Fact]
    public void A_page_whose_chunks_lie_is_broken()
    {
        var lying = Encoding.ASCII.GetBytes("fff\r\n<html><body>short</body></html>\r\n0\r\n\r\n");
        var record = Record("response", "application/http; msgtype=response", WarcBuilder.Http("200 OK", "text/html", lying, "Transfer-Encoding: chunked"));

        Assert.Contains("claims 4,095 bytes", Assert.IsType<WarcPageOutcome.Broken>(Classify(record)).Reason, StringComparison.Ordinal);
    }
}
