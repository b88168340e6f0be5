using System.Text;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Reading;

/// <summary>
/// Turns a file's bytes into text. UTF-8 (with or without BOM) and UTF-16 with BOM are decoded strictly;
/// anything that is not valid UTF-8 falls back to Windows-1252 with an <c>encoding-fallback</c> warning, unless it
/// is UTF-8 broken in a few places (<see cref="Utf8Evidence"/>): that is read as UTF-8, with an <c>invalid-utf8</c> warning.
/// Binary content (NUL bytes, image or archive signatures) is rejected with a reason.
/// </summary>
public static class ArticleDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodeOutcome Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new DecodeOutcome.Rejected("empty file");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return FromUtf16(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return FromUtf16(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be");
        }

        if (BinarySignatures.Detect(bytes) is { } kind)
        {
            return new DecodeOutcome.Rejected($"not text: looks like {kind}");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return new DecodeOutcome.Rejected("not text: contains NUL bytes (binary file, or UTF-16 without a byte order mark)");
        }

        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var body = hasBom ? bytes[3..] : bytes;
        try
        {
            return Done(StrictUtf8.GetString(body), hasBom ? "utf-8-bom" : "utf-8", []);
        }
        catch (DecoderFallbackException)
        {
            if (Utf8Evidence.Damage(body) is { } damage)
            {
                return Done(Encoding.UTF8.GetString(body), hasBom ? "utf-8-bom" : "utf-8", [Utf8Evidence.Warning(damage, "the file")]);
            }

            var warning = new ParseWarning(
                WarningCodes.EncodingFallback,
                "the file is not valid UTF-8; it was read as Windows-1252 (save it as UTF-8 to be sure)");
            return Done(Windows1252.GetString(body), "windows-1252", [warning]);
        }
    }

    private static DecodeOutcome FromUtf16(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return Done(encoding.GetString(bytes), name, []);
        }
        catch (DecoderFallbackException)
        {
            return new DecodeOutcome.Rejected($"undecodable bytes: the file starts with a {name} byte order mark but is not valid {name}");
        }
    }

    private static DecodeOutcome.Decoded Done(string text, string encoding, IReadOnlyList<ParseWarning> warnings) =>
        new(new DecodedText(Normalize(text), encoding, warnings));

    /// <summary>Line endings to <c>\n</c>, Unicode to NFC.</summary>
    public static string Normalize(string text)
    {
        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
