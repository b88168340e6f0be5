using System.Globalization;
using System.Text;

namespace NewsIngest.Core.Warc;

/// <summary>
/// Undoes <c>Transfer-Encoding: chunked</c>. A body that does not even start with a chunk size was not chunked after
/// all (servers and proxies say so wrongly): it is taken as it is. Chunk sizes that run past the data or are not
/// followed by their line end lie: the body is reported, with what could be decoded.
/// </summary>
public static class ChunkedDecoder
{
    public static (byte[] Body, string? Problem) Decode(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        var position = 0;
        var chunks = 0;
        while (true)
        {
            var lineEnd = Array.IndexOf(data, (byte)'\n', position);
            if (lineEnd < 0 || !TryParseSize(data.AsSpan(position, lineEnd - position), out var size))
            {
                if (chunks == 0)
                {
                    return (data, null);
                }

                return position >= data.Length
                    ? (output.ToArray(), null)
                    : (output.ToArray(), $"chunked body: no chunk size at byte {position:N0} of the body (the sizes before it lie)");
            }

            position = lineEnd + 1;
            chunks++;
            if (size == 0)
            {
                return (output.ToArray(), null);
            }

            if (size > data.Length - position)
            {
                return (output.ToArray(), $"chunked body: chunk {chunks} claims {size:N0} bytes but only {data.Length - position:N0} remain");
            }

            output.Write(data, position, (int)size);
            position += (int)size;
            if (position < data.Length && data[position] == '\r')
            {
                position++;
            }

            if (position < data.Length && data[position] == '\n')
            {
                position++;
            }
            else if (position < data.Length)
            {
                return (output.ToArray(), $"chunked body: chunk {chunks} of {size:N0} bytes is not followed by a line end (its size lies)");
            }
        }
    }

    private static bool TryParseSize(ReadOnlySpan<byte> line, out long size)
    {
        var text = Encoding.ASCII.GetString(line).Trim();
        var extension = text.IndexOf(';', StringComparison.Ordinal);
        if (extension >= 0)
        {
            text = text[..extension].Trim();
        }

        return long.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out size) && text.Length is > 0 and <= 15;
    }
}
