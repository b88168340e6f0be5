using System.IO.Compression;
using System.Text;
using NewsIngest.Core.Warc;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Warc;

public class HttpResponseParserTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Café crème</p></body></html>");

    private static byte[] Packed(Func<Stream, Stream> open)
    {
        using var output = new MemoryStream();
        using (var stream = open(output))
        {
            stream.Write(Page);
        }

        return output.ToArray();
    }

    [Fact]
    public void Status_type_and_charset_come_from_the_status_line_and_the_header()
    {
        var response = HttpResponseParser.Parse(WarcBuilder.Http("203 Non-Authoritative", "Text/HTML; Charset=\"UTF-8\"", Page), 1 << 20)!;

        Assert.Equal(203, response.Status);
        Assert.Equal("text/html", response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal(Page, response.Payload);
        Assert.Null(response.Problem);
    }

    [Fact]
    public void A_chunked_body_is_put_back_together()
    {
        var chunked = Encoding.ASCII.GetBytes("10;ext=1\r\n").Concat(Page[..16]).Concat("\r\n"u8.ToArray())
            .Concat(Encoding.ASCII.GetBytes($"{Page.Length - 16:x}\r\n")).Concat(Page[16..]).Concat("\r\n0\r\n\r\n"u8.ToArray()).ToArray();

        var response = HttpResponseParser.Parse(WarcBuilder.Http("200 OK", "text/html", chunked, "Transfer-Encoding: chunked"), 1 << 20)!;

        Assert.Equal(Page, response.Payload);
        Assert.Null(response.Problem);
    }

    [Fact]
    public void Chunk_sizes_that_lie_are_a_problem()
    {
        var lying = Encoding.ASCII.GetBytes("ff\r\n").Concat(Page).Concat("\r\n0\r\n\r\n"u8.ToArray()).ToArray();

        var response = HttpResponseParser.Parse(WarcBuilder.Http("200 OK", "text/html", lying, "Transfer-Encoding: chunked"), 1 << 20)!;

        Assert.Contains("chunk 1 claims 255 bytes", response.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_said_to_be_chunked_that_is_not_is_taken_as_it_is()
    {
        var response = HttpResponseParser.Parse(WarcBuilder.Http("200 OK", "text/html", Page, "Transfer-Encoding: chunked"), 1 << 20)!;

        Assert.Equal(Page, response.Payload);
        Assert.Null(response.Problem);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("raw-deflate")]
    [InlineData("br")]
    public void Content_encodings_are_undone(string coding)
    {
        var body = coding switch
        {
            "gzip" => Packed(s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true)),
            "deflate" => Packed(s => new ZLibStream(s, CompressionLevel.Fastest, leaveOpen: true)),
            "raw-deflate" => Packed(s => new DeflateStream(s, CompressionLevel.Fastest, leaveOpen: true)),
            _ => Packed(s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true)),
        };
        var header = $"Content-Encoding: {(coding == "raw-deflate" ? "deflate" : coding)}";

        var response = HttpResponseParser.Parse(WarcBuilder.Http("200 OK", "text/html", body, header), 1 << 20)!;

        Assert.Equal(Page, response.Payload);
        Assert.Null(response.Problem);
    }

    [Fact]
    public void A_gzip_body_chunked_on_the_wire_is_de_chunked_then_unpacked()
    {
        var packed = Packed(s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true));
        var chunked = Encoding.ASCII.GetBytes($"{packed.Length:X}\r\n").Concat(packed).Concat("\r\n0\r\n\r\n"u8.ToArray()).ToArray();

        var response = HttpResponseParser.Parse(WarcBuilder.Http("200 OK", "text/html", chunked, "Transfer-Encoding: chunked", "Content-Encoding: gzip"), 1 << 20)!;

        Assert.Equal(Page, response.Payload);
    }

    [Fact]
    public void A_body_that_does_not_unpack_is_a_problem()
    {
        var response = HttpResponseParser.Parse(WarcBuilder.Http("200 OK", "text/html", [0x1F, 0x8B, 0x08, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9], "Content-Encoding: gzip"), 1 << 20)!;

        Assert.Contains("does not unpack", response.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_without_a_status_line_is_no_response()
    {
        Assert.Null(HttpResponseParser.Parse("<html>no headers</html>"u8, 1 << 20));
    }
}
