using System.IO.Compression;

namespace NewsIngest.Core.Html;

/// <summary>Gzip-compressed input (<c>.html.gz</c> or the gzip magic bytes), unpacked with a size cap.</summary>
public static class GzipInput
{
    /// <summary>No saved page is this large; a stream that inflates past it is treated as a decompression bomb.</summary>
    public const int MaxDecompressedBytes = 64 * 1024 * 1024;

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08;

    /// <summary>Whether a file is a web page, packed or not: by its name, else by the first bytes of what it holds.</summary>
    public static bool IsPage(string path, ReadOnlySpan<byte> bytes) =>
        HtmlSniffer.LooksLikeHtml(path, bytes) || (TryDecompress(bytes, out var inflated) && HtmlSniffer.HasHtmlOpening(inflated));

    /// <summary>
    /// Unpacks <paramref name="bytes"/> when they start with the gzip magic. False (and an empty result) when they do
    /// not, when the stream is corrupt, or when it would inflate past <see cref="MaxDecompressedBytes"/>.
    /// </summary>
    public static bool TryDecompress(ReadOnlySpan<byte> bytes, out byte[] result) =>
        TryDecompress(bytes, MaxDecompressedBytes, out result);

    public static bool TryDecompress(ReadOnlySpan<byte> bytes, int maxBytes, out byte[] result)
    {
        result = [];
        if (!IsGzip(bytes))
        {
            return false;
        }

        using var input = new MemoryStream(bytes.ToArray(), writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(Math.Min(maxBytes, Math.Max(4096, bytes.Length * 4)));
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    return false;
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            return false;
        }

        result = output.ToArray();
        return true;
    }
}
