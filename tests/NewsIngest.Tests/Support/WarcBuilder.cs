using System.IO.Compression;
using System.Text;

namespace NewsIngest.Tests.Support;

/// <summary>
/// Writes small WARC files for tests, record by record, the way crawlers do: WARC/1.1 headers, CRLF CRLF after each
/// block, and in gzip mode one member per record. <see cref="Offsets"/> says where each record (member) starts.
/// </summary>
internal sealed class WarcBuilder(bool gzip)
{
    private readonly List<byte> _file = [];

    public List<long> Offsets { get; } = [];

    public static byte[] Http(string status, string contentType, byte[] body, params string[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        if (!headers.Any(h => h.StartsWith("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append($"Content-Length: {body.Length}\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. body];
    }

    public static byte[] Html(string title, string paragraph) =>
        Encoding.UTF8.GetBytes($"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>" +
            $"<p>{paragraph}</p><p>{paragraph} Officials said more details would follow later in the week.</p></article></body></html>");

    public WarcBuilder Response(string uri, byte[] http, string id, string date = "2025-03-04T05:06:07Z") =>
        Record("response", uri, id, date, "application/http; msgtype=response", http);

    public WarcBuilder Page(string uri, string id, string title, string paragraph) =>
        Response(uri, Http("200 OK", "text/html; charset=utf-8", Html(title, paragraph)), id);

    public WarcBuilder Record(string type, string? uri, string id, string date, string? contentType, byte[] block, long? contentLength = null)
    {
        var head = new StringBuilder($"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: {id}\r\nWARC-Date: {date}\r\n");
        if (uri is not null)
        {
            head.Append($"WARC-Target-URI: {uri}\r\n");
        }

        if (contentType is not null)
        {
            head.Append($"Content-Type: {contentType}\r\n");
        }

        head.Append($"Content-Length: {contentLength ?? block.Length}\r\n\r\n");
        return Raw([.. Encoding.UTF8.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8]);
    }

    /// <summary>Appends bytes as one record would be (a gzip member of its own in gzip mode).</summary>
    public WarcBuilder Raw(byte[] bytes)
    {
        Offsets.Add(_file.Count);
        _file.AddRange(gzip ? Gzip(bytes) : bytes);
        return this;
    }

    /// <summary>Appends bytes exactly as given (a cut-off member, garbage).</summary>
    public WarcBuilder Bytes(byte[] bytes)
    {
        Offsets.Add(_file.Count);
        _file.AddRange(bytes);
        return this;
    }

    public byte[] ToArray() => _file.ToArray();

    public string WriteTo(string path)
    {
        File.WriteAllBytes(path, ToArray());
        return path;
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(bytes);
        }

        return output.ToArray();
    }
}
