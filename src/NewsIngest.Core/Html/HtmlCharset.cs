using System.Text;
using NewsIngest.Core.Model;
using NewsIngest.Core.Reading;

namespace NewsIngest.Core.Html;

/// <summary>
/// Decodes a page's bytes: byte order mark first, then a charset declared in the first bytes
/// (<c>&lt;meta charset&gt;</c>, <c>http-equiv</c> content-type, the XML prolog), then UTF-8 when the bytes are valid
/// UTF-8, else Windows-1252 with an <c>encoding-fallback</c> warning. A declaration that the bytes contradict
/// (a page "in UTF-8" that is not) is overruled, with a warning; a UTF-8 page broken in a few places stays UTF-8
/// (see <see cref="Utf8Evidence"/>).
/// </summary>
public static class HtmlCharset
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, null);

    /// <summary>
    /// As <see cref="Decode(ReadOnlySpan{byte})"/>, with the charset the transport declared (an HTTP Content-Type's),
    /// which outranks the page's own declaration as in browsers; a byte order mark still outranks both.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? transportCharset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(bytes[3..], StrictUtf8, "utf-8-bom") ?? Fallback(bytes[3..], "the page starts with a UTF-8 byte order mark but is not valid UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Lenient(bytes[2..], Encoding.Unicode, "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Lenient(bytes[2..], Encoding.BigEndianUnicode, "utf-16be");
        }

        var declared = string.IsNullOrWhiteSpace(transportCharset) ? HtmlCharsetSniffer.Declared(bytes) : HtmlCharsetSniffer.Canonical(transportCharset);
        switch (declared)
        {
            case null:
                return Strict(bytes, StrictUtf8, "utf-8") ?? Fallback(bytes, "the page declares no charset and is not valid UTF-8");
            case "utf-8":
                return Strict(bytes, StrictUtf8, "utf-8") ?? Fallback(bytes, "the page declares UTF-8 but is not valid UTF-8");
            case "windows-1252":
                // A page labelled Latin-1 that is valid UTF-8 with non-ASCII bytes was re-saved as UTF-8 by a browser
                // without updating the label: reading it as 1252 would be mojibake.
                return IsNonAsciiUtf8(bytes) ? Strict(bytes, StrictUtf8, "utf-8")! : Done(Windows1252.GetString(bytes), "windows-1252", []);
            default:
                if (CodePages(declared) is { } encoding)
                {
                    return IsNonAsciiUtf8(bytes) ? Strict(bytes, StrictUtf8, "utf-8")! : Lenient(bytes, encoding, declared);
                }

                return Strict(bytes, StrictUtf8, "utf-8") ?? Fallback(bytes, $"the page declares the unsupported charset '{declared}'");
        }
    }

    private static Encoding? CodePages(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsNonAsciiUtf8(ReadOnlySpan<byte> bytes)
    {
        var hasHigh = false;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                hasHigh = true;
                break;
            }
        }

        return hasHigh && System.Text.Unicode.Utf8.IsValid(bytes);
    }

    private static DecodedText? Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return Done(encoding.GetString(bytes), name, []);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static DecodedText Lenient(ReadOnlySpan<byte> bytes, Encoding encoding, string name) => Done(encoding.GetString(bytes), name, []);

    /// <summary>
    /// Bytes that are not valid UTF-8 where UTF-8 was declared or expected: UTF-8 with its few broken places replaced
    /// when the rest is UTF-8 (as browsers read them), else Windows-1252; either way with a warning.
    /// </summary>
    private static DecodedText Fallback(ReadOnlySpan<byte> bytes, string why) =>
        Utf8Evidence.Damage(bytes) is { } damage
            ? Done(Encoding.UTF8.GetString(bytes), "utf-8", [Utf8Evidence.Warning(damage, "the page")])
            : Done(Windows1252.GetString(bytes), "windows-1252", [new ParseWarning(WarningCodes.EncodingFallback, why + "; it was read as Windows-1252")]);

    private static DecodedText Done(string text, string name, IReadOnlyList<ParseWarning> warnings) =>
        new(ArticleDecoder.Normalize(text), name, warnings);
}
