using System.Text;
using NewsIngest.Core.Warc;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Warc;

public class WarcReaderTests
{
    private static List<WarcItem> ReadAll(byte[] file)
    {
        using var reader = new WarcReader(new MemoryStream(file), 1 << 20);
        return [.. reader.Items()];
    }

    private static WarcBuilder ThreePages(bool gzip) => new WarcBuilder(gzip)
        .Record("warcinfo", null, "<urn:uuid:info>", "2025-03-04T05:06:07Z", "application/warc-fields", "software: test\r\n"u8.ToArray())
        .Page("https://a.example/news/1.html", "<urn:uuid:one>", "One", "First story.")
        .Page("https://a.example/news/2.html", "<urn:uuid:two>", "Two", "Second story.")
        .Page("https://a.example/news/3.html", "<urn:uuid:three>", "Three", "Third story.");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Records_come_out_in_order_with_their_headers_and_where_they_start(bool gzip)
    {
        var builder = ThreePages(gzip);

        var records = ReadAll(builder.ToArray()).Cast<WarcItem.Read>().Select(r => r.Record).ToList();

        Assert.Equal(["warcinfo", "response", "response", "response"], records.Select(r => r.Type));
        Assert.Equal(builder.Offsets, records.Select(r => r.Offset));
        Assert.Equal("<urn:uuid:two>", records[2].RecordId);
        Assert.Equal("https://a.example/news/2.html", records[2].TargetUri);
        Assert.Equal("2025-03-04T05:06:07Z", records[2].Date);
        Assert.Equal("WARC/1.1", records[2].Version);
        Assert.StartsWith("HTTP/1.1 200 OK", Encoding.ASCII.GetString(records[2].Block), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_member_cut_off_at_the_end_is_reported_at_its_offset_after_the_good_ones()
    {
        var builder = ThreePages(gzip: true);
        var cut = WarcBuilder.Gzip(new WarcBuilder(false).Page("https://a.example/news/4.html", "<urn:uuid:four>", "Four", "Fourth story.").ToArray());
        builder.Bytes(cut[..(cut.Length / 2)]);

        var items = ReadAll(builder.ToArray());

        Assert.Equal(4, items.OfType<WarcItem.Read>().Count());
        var broken = Assert.Single(items.OfType<WarcItem.Broken>());
        Assert.Equal(builder.Offsets[^1], broken.Offset);
        Assert.Contains("cut off", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_gzip_member_in_the_middle_is_reported_and_the_next_member_is_read()
    {
        var builder = new WarcBuilder(gzip: true).Page("https://a.example/1", "<urn:uuid:one>", "One", "First story.");
        var bad = WarcBuilder.Gzip(new WarcBuilder(false).Page("https://a.example/2", "<urn:uuid:two>", "Two", "Second story.").ToArray());
        for (var i = 12; i < bad.Length - 12; i++)
        {
            bad[i] = (byte)(0xA5 ^ i);
        }

        builder.Bytes(bad).Page("https://a.example/3", "<urn:uuid:three>", "Three", "Third story.");

        var items = ReadAll(builder.ToArray());

        Assert.Equal(["<urn:uuid:one>", "<urn:uuid:three>"], items.OfType<WarcItem.Read>().Select(r => r.Record.RecordId));
        var broken = Assert.Single(items.OfType<WarcItem.Broken>());
        Assert.Equal(builder.Offsets[1], broken.Offset);
    }

    [Fact]
    public void A_block_shorter_than_its_content_length_is_reported_and_the_record_inside_it_is_read()
    {
        var builder = new WarcBuilder(gzip: false)
            .Page("https://a.example/1", "<urn:uuid:one>", "One", "First story.")
            .Record("response", "https://a.example/2", "<urn:uuid:two>", "2025-03-04T05:06:07Z", "application/http; msgtype=response",
                WarcBuilder.Http("200 OK", "text/html", WarcBuilder.Html("Two", "Second story.")), contentLength: 1200)
            .Page("https://a.example/3", "<urn:uuid:three>", "Three", "Third story.")
            .Page("https://a.example/4", "<urn:uuid:four>", "Four", "Fourth story.")
            .Page("https://a.example/5", "<urn:uuid:five>", "Five", "Fifth story with a longer paragraph to pad the file out.");

        var items = ReadAll(builder.ToArray());

        var broken = Assert.Single(items.OfType<WarcItem.Broken>());
        Assert.Equal(builder.Offsets[1], broken.Offset);
        Assert.Equal("<urn:uuid:two>", broken.RecordId);
        Assert.Contains("shorter than its Content-Length", broken.Reason, StringComparison.Ordinal);
        Assert.Equal(["<urn:uuid:one>", "<urn:uuid:three>", "<urn:uuid:four>", "<urn:uuid:five>"], items.OfType<WarcItem.Read>().Select(r => r.Record.RecordId));
    }

    [Fact]
    public void A_block_cut_off_by_the_end_of_a_plain_file_is_reported()
    {
        var whole = new WarcBuilder(gzip: false).Page("https://a.example/1", "<urn:uuid:one>", "One", "First story.").ToArray();
        var builder = new WarcBuilder(gzip: false).Page("https://a.example/0", "<urn:uuid:zero>", "Zero", "Zeroth story.");
        builder.Bytes(whole[..(whole.Length - 100)]);

        var items = ReadAll(builder.ToArray());

        Assert.Single(items.OfType<WarcItem.Read>());
        var broken = Assert.Single(items.OfType<WarcItem.Broken>());
        Assert.Equal(builder.Offsets[1], broken.Offset);
        Assert.Contains("cut off", broken.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_header_that_does_not_parse_is_reported_and_reading_resumes_at_the_next_record(bool gzip)
    {
        var builder = new WarcBuilder(gzip)
            .Page("https://a.example/1", "<urn:uuid:one>", "One", "First story.")
            .Raw("WARC/1.1\r\nWARC-Type response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"u8.ToArray())
            .Raw("this is no record at all\r\n"u8.ToArray())
            .Page("https://a.example/3", "<urn:uuid:three>", "Three", "Third story.");

        var items = ReadAll(builder.ToArray());

        Assert.Equal(["<urn:uuid:one>", "<urn:uuid:three>"], items.OfType<WarcItem.Read>().Select(r => r.Record.RecordId));
        var broken = items.OfType<WarcItem.Broken>().ToList();
        Assert.Equal(builder.Offsets[1], broken[0].Offset);
        Assert.Contains("Name: value", broken[0].Reason, StringComparison.Ordinal);
        // The search for the next header passes over the stray line (members that end well run on into the next one).
        Assert.Single(broken);
    }

    [Fact]
    public void Target_uris_lose_the_angle_brackets_and_spaces_wget_writes()
    {
        var file = new WarcBuilder(gzip: false)
            .Record("resource", "< https://a.example/a page.html >", "<urn:uuid:r>", "2025-03-04T05:06:07Z", "text/plain", "Body text.\n"u8.ToArray())
            .ToArray();

        var record = Assert.IsType<WarcItem.Read>(Assert.Single(ReadAll(file))).Record;

        Assert.Equal("https://a.example/a page.html", record.TargetUri);
    }

    [Fact]
    public void A_block_over_the_limit_is_passed_over_and_reported_when_it_is_a_response()
    {
        var big = new byte[5000];
        Array.Fill(big, (byte)'a');
        var file = new WarcBuilder(gzip: true)
            .Response("https://a.example/big", WarcBuilder.Http("200 OK", "text/plain", big), "<urn:uuid:big>")
            .Record("request", "https://a.example/big", "<urn:uuid:req>", "2025-03-04T05:06:07Z", "application/http; msgtype=request", big)
            .Page("https://a.example/1", "<urn:uuid:one>", "One", "First story.")
            .ToArray();

        using var reader = new WarcReader(new MemoryStream(file), maxBlock: 4000);
        var items = reader.Items().ToList();

        Assert.Contains("over the 4,000-byte limit", Assert.Single(items.OfType<WarcItem.Broken>()).Reason, StringComparison.Ordinal);
        Assert.Equal("<urn:uuid:one>", Assert.Single(items.OfType<WarcItem.Read>()).Record.RecordId);
    }

    [Fact]
    public void A_record_split_across_gzip_members_is_read_whole_at_the_offset_of_its_first_member()
    {
        var record = new WarcBuilder(false).Page("https://a.example/1", "<urn:uuid:one>", "One", "First story.").ToArray();
        var builder = new WarcBuilder(gzip: true).Page("https://a.example/0", "<urn:uuid:zero>", "Zero", "Zeroth story.");
        builder.Bytes(WarcBuilder.Gzip(record[..100])).Bytes(WarcBuilder.Gzip(record[100..]));

        var records = ReadAll(builder.ToArray()).Cast<WarcItem.Read>().Select(r => r.Record).ToList();

        Assert.Equal(["<urn:uuid:zero>", "<urn:uuid:one>"], records.Select(r => r.RecordId));
        Assert.Equal(builder.Offsets[1], records[1].Offset);
        Assert.StartsWith("HTTP/1.1 200 OK", Encoding.ASCII.GetString(records[1].Block), StringComparison.Ordinal);
    }
}
