using System.IO.Compression;

namespace NewsIngest.Core.Warc;

/// <summary>
/// Undoes one <c>Content-Encoding</c>: gzip (also x-gzip), deflate (zlib-wrapped as the standard says, or raw as some
/// servers send it) and br. A body that does not unpack is reported; one that is plainly not packed at all (a page
/// labelled gzip that starts with markup) is taken as it is.
/// </summary>
public static class ContentDecoder
{
    public static (byte[] Body, string? Problem) Decode(string coding, byte[] body, int maxBytes)
    {
        if (body.Length == 0)
        {
            return (body, null);
        }

        return coding switch
        {
            "gzip" or "x-gzip" => Unpack(body, s => new GZipStream(s, CompressionMode.Decompress), coding, maxBytes),
            "deflate" => IsZlib(body)
                ? Unpack(body, s => new ZLibStream(s, CompressionMode.Decompress), coding, maxBytes)
                : Unpack(body, s => new DeflateStream(s, CompressionMode.Decompress), coding, maxBytes),
            "br" => Unpack(body, s => new BrotliStream(s, CompressionMode.Decompress), coding, maxBytes),
            _ => (body, $"unknown Content-Encoding '{coding}'"),
        };
    }

    private static (byte[], string?) Unpack(byte[] body, Func<Stream, Stream> open, string coding, int maxBytes)
    {
        using var output = new MemoryStream();
        try
        {
            using var input = open(new MemoryStream(body, writable: false));
            var buffer = new byte[65536];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    return ([], $"Content-Encoding {coding}: the body unpacks to more than {maxBytes:N0} bytes");
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            if (LooksUnpacked(body))
            {
                return (body, null);
            }

            return (output.ToArray(), $"Content-Encoding {coding}: the body does not unpack");
        }

        return output.Length == 0 && LooksUnpacked(body) ? (body, null) : (output.ToArray(), null);
    }

    private static bool IsZlib(byte[] body) => body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;

    /// <summary>Markup or text where packed bytes were announced: the coding header was wrong, not the body.</summary>
    private static bool LooksUnpacked(byte[] body)
    {
        var i = 0;
        while (i < body.Length && body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < body.Length && body[i] == '<';
    }
}
