using System.Text;
using NewsIngest.Core.Model;
using NewsIngest.Core.Reading;

namespace NewsIngest.Tests.Reading;

public class ArticleDecoderTests
{
    [Fact]
    public void Utf8_with_a_byte_order_mark_is_read_without_it()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Café\r\nau lait")).ToArray();

        var text = Assert.IsType<DecodeOutcome.Decoded>(ArticleDecoder.Decode(bytes)).Value;

        Assert.Equal("Café\nau lait", text.Text);
        Assert.Equal("utf-8-bom", text.EncodingName);
        Assert.Empty(text.Warnings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_byte_order_mark_is_decoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("“Quoted” news")).ToArray();

        var text = Assert.IsType<DecodeOutcome.Decoded>(ArticleDecoder.Decode(bytes)).Value;

        Assert.Equal("“Quoted” news", text.Text);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_with_a_warning()
    {
        byte[] bytes = [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'q', 0x94];

        var text = Assert.IsType<DecodeOutcome.Decoded>(ArticleDecoder.Decode(bytes)).Value;

        Assert.Equal("Café “q”", text.Text);
        Assert.Equal(WarningCodes.EncodingFallback, Assert.Single(text.Warnings).Code);
    }

    [Fact]
    public void Utf8_cut_inside_one_character_stays_utf8_with_the_broken_place_replaced_and_a_warning()
    {
        var story = "Zażółć gęślą jaźń: the ferry to Gdańsk leaves at noon. ";
        byte[] bytes = [.. Encoding.UTF8.GetBytes(story), .. Encoding.UTF8.GetBytes("papieros")[..8], 0xC3, .. "... more"u8];

        var text = Assert.IsType<DecodeOutcome.Decoded>(ArticleDecoder.Decode(bytes)).Value;

        Assert.Equal(story + "papieros\uFFFD... more", text.Text);
        Assert.Equal("utf-8", text.EncodingName);
        var warning = Assert.Single(text.Warnings);
        Assert.Equal(WarningCodes.InvalidUtf8, warning.Code);
        Assert.Contains("1 sequence that is not", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_renamed_to_txt_is_rejected_by_name()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        var rejected = Assert.IsType<DecodeOutcome.Rejected>(ArticleDecoder.Decode(bytes));

        Assert.Contains("PNG", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_bytes_without_a_signature_are_rejected()
    {
        var rejected = Assert.IsType<DecodeOutcome.Rejected>(ArticleDecoder.Decode("a\0b\0c"u8));

        Assert.Contains("NUL", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        Assert.IsType<DecodeOutcome.Rejected>(ArticleDecoder.Decode([]));
    }

    [Fact]
    public void Decomposed_accents_are_normalised_to_nfc()
    {
        var text = Assert.IsType<DecodeOutcome.Decoded>(ArticleDecoder.Decode(Encoding.UTF8.GetBytes("Cafe\u0301"))).Value;

        Assert.Equal("Caf\u00e9", text.Text);
    }
}
