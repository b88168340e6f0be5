using System.Text;
using NewsIngest.Core.Html;
using NewsIngest.Core.Model;

namespace NewsIngest.Tests.Html;

public sealed class HtmlCharsetTests
{
    private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    [Fact]
    public void Decode_honours_a_meta_charset_of_windows_1252()
    {
        var bytes = Latin1("<meta charset=\"windows-1252\"><p>caf\u00e9 \u0093quoted\u0094</p>");

        var decoded = HtmlCharset.Decode(bytes);

        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Contains("café “quoted”", decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Decode_honours_an_http_equiv_content_type()
    {
        var bytes = Latin1("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>na\u00efve</p>");

        Assert.Contains("naïve", HtmlCharset.Decode(bytes).Text);
    }

    [Fact]
    public void Decode_keeps_a_UTF_8_page_with_one_character_cut_in_two_as_UTF_8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<meta charset=\"utf-8\"><h1>Sprzeciw wobec ataków na Fundację</h1><p>Zażółć gęślą jaźń.</p><a>papieros"), 0xC3, .. "...</a>"u8];

        var decoded = HtmlCharset.Decode(bytes);

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Contains("Sprzeciw wobec ataków na Fundację", decoded.Text);
        Assert.Contains("papieros\uFFFD...", decoded.Text);
        Assert.Equal(WarningCodes.InvalidUtf8, Assert.Single(decoded.Warnings).Code);
    }

    [Fact]
    public void Decode_reads_a_page_labelled_latin_1_but_saved_as_UTF_8_as_UTF_8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>café</p>");

        Assert.Contains("<p>café</p>", HtmlCharset.Decode(bytes).Text);
    }

    [Fact]
    public void Decode_falls_back_to_windows_1252_with_a_warning_when_nothing_is_declared_and_the_bytes_are_not_UTF_8()
    {
        var decoded = HtmlCharset.Decode(Latin1("<p>caf\u00e9</p>"));

        Assert.Contains("café", decoded.Text);
        Assert.Contains(decoded.Warnings, w => w.Code == WarningCodes.EncodingFallback);
    }

    [Fact]
    public void Decode_strips_a_UTF_8_byte_order_mark_and_normalises_line_ends()
    {
        var decoded = HtmlCharset.Decode([0xEF, 0xBB, 0xBF, .. "<p>a\r\nb</p>"u8]);

        Assert.Equal("<p>a\nb</p>", decoded.Text);
        Assert.Equal("utf-8-bom", decoded.EncodingName);
    }

    [Fact]
    public void Decode_reads_a_declared_code_page_other_than_1252()
    {
        var bytes = Latin1("<meta charset=\"iso-8859-15\"><p>\u00a4</p>");

        Assert.Contains("<p>€</p>", HtmlCharset.Decode(bytes).Text);
    }
}
