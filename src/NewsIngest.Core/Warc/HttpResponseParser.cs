using System.Text;

namespace NewsIngest.Core.Warc;

/// <summary>
/// Undoes the HTTP layer of a WARC <c>response</c> block: the status line, the headers, <c>Transfer-Encoding:
/// chunked</c>, then <c>Content-Encoding</c> gzip, deflate or br. Pure: bytes in, <see cref="HttpResponse"/> out.
/// </summary>
public static class HttpResponseParser
{
    /// <summary>The response, or null when the block does not start with an HTTP status line and headers.</summary>
    public static HttpResponse? Parse(ReadOnlySpan<byte> block, int maxPayload)
    {
        var headerEnd = HeaderEnd(block, out var separator);
        if (headerEnd < 0)
        {
            return null;
        }

        var lines = Encoding.Latin1.GetString(block[..headerEnd]).Split('\n');
        var statusLine = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(statusLine[1], out var status))
        {
            return null;
        }

        string? contentType = null;
        var transfer = new List<string>();
        var content = new List<string>();
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                contentType ??= value;
            }
            else if (name.Equals("transfer-encoding", StringComparison.OrdinalIgnoreCase))
            {
                transfer.AddRange(Codings(value));
            }
            else if (name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase))
            {
                content.AddRange(Codings(value));
            }
        }

        var body = block[(headerEnd + separator)..].ToArray();
        string? problem = null;
        if (transfer.Contains("chunked"))
        {
            (body, problem) = ChunkedDecoder.Decode(body);
        }

        // Codings are undone last applied first.
        for (var i = content.Count - 1; i >= 0 && problem is null; i--)
        {
            (body, problem) = ContentDecoder.Decode(content[i], body, maxPayload);
        }

        var (mediaType, charset) = MediaType.Parse(contentType);
        return new HttpResponse(status, mediaType, charset, body, problem);
    }

    private static IEnumerable<string> Codings(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant())
            .Where(c => c is not "identity");

    /// <summary>Where the header block ends (before its blank line) and how long that blank line is; -1 when it has none.</summary>
    private static int HeaderEnd(ReadOnlySpan<byte> block, out int separator)
    {
        separator = 0;
        var limit = Math.Min(block.Length, 256 * 1024);
        for (var i = 0; i < limit; i++)
        {
            if (block[i] != '\n')
            {
                continue;
            }

            if (i + 1 < block.Length && block[i + 1] == '\n')
            {
                separator = 2;
                return i;
            }

            if (i + 2 < block.Length && block[i + 1] == '\r' && block[i + 2] == '\n')
            {
                separator = 3;
                return i;
            }
        }

        // A response with headers and no body may end without its blank line.
        return -1;
    }
}
