using System.Text;

namespace NewsIngest.Core.Warc;

/// <summary>
/// Reads the records of a WARC file (1.0 or 1.1, plain or one gzip member per record) one at a time from a seekable
/// stream, holding one record's block at most. A record that cannot be read whole (a cut-off gzip member, a block
/// shorter than its Content-Length, a header that does not parse) is yielded as <see cref="WarcItem.Broken"/> with
/// where it starts and why, and reading resumes at the next record: the next gzip member, or the next line that
/// opens with <c>WARC/1.</c>.
/// </summary>
public sealed partial class WarcReader : IDisposable
{
    /// <summary>No record header is longer; past this the bytes are not a header.</summary>
    public const int MaxHeaderBytes = 64 * 1024;

    private static readonly byte[] Magic = "WARC/1."u8.ToArray();

    private readonly WarcInput _input;
    private readonly long _maxBlock;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _ended = true;
    private bool _reported;
    private long _consumed;

    /// <param name="stream">The file, seekable.</param>
    /// <param name="maxBlock">Blocks larger than this are passed over unread (and reported when they are responses or resources).</param>
    public WarcReader(Stream stream, long maxBlock)
    {
        _input = new WarcInput(stream);
        _maxBlock = maxBlock;
    }

    /// <summary>The records and broken stretches of the file, in file order.</summary>
    public IEnumerable<WarcItem> Items()
    {
        while (true)
        {
            if (!SkipBlankLines())
            {
                if (_input.Problem is { } problem && !_reported)
                {
                    yield return Broken(_input.SegmentOffset, _consumed, problem, null);
                }

                if (!_input.NextSegment())
                {
                    yield break;
                }

                _ended = false;
                _reported = false;
                _consumed = 0;
                _start = _end = 0;
                continue;
            }

            var offset = _input.Compressed ? _input.SegmentOffset : _consumed;
            var unpacked = _consumed;
            var item = ReadRecord(offset, unpacked);
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    public void Dispose() => _input.Dispose();

    private WarcItem? ReadRecord(long offset, long unpacked)
    {
        if (!StartsWith(Magic))
        {
            var reason = $"not a WARC record header (it begins '{Printable(Peek(24))}')";
            Consume(1);
            ScanToNextHeader();
            return Broken(offset, unpacked, reason, null);
        }

        var header = ReadHeader(out var headerProblem);
        if (header is null)
        {
            ScanToNextHeader();
            return Broken(offset, unpacked, headerProblem!, null);
        }

        var id = header.Get("warc-record-id");
        if (!long.TryParse(header.Get("content-length"), out var length) || length < 0)
        {
            ScanToNextHeader();
            return Broken(offset, unpacked, $"the record header has no valid Content-Length ('{header.Get("content-length")}')", id);
        }

        var type = (header.Get("warc-type") ?? "").ToLowerInvariant();
        if (length > _maxBlock)
        {
            var skipped = Skip(length);
            var page = type is "response" or "resource";
            return skipped < length
                ? Broken(offset, unpacked, CutOff(skipped, length), id)
                : page ? Broken(offset, unpacked, $"the record's block is {length:N0} bytes, over the {_maxBlock:N0}-byte limit (raise it with --max-file-size)", id) : null;
        }

        var block = new byte[length];
        var got = ReadExactly(block);
        if (got < length)
        {
            return Broken(offset, unpacked, CutOff(got, length), id);
        }

        if (!EndsProperly())
        {
            var next = FindMagicAtLineStart(block);
            if (next >= 0)
            {
                Unread(block.AsSpan(next));
                return Broken(offset, unpacked, $"the block is shorter than its Content-Length ({length:N0}): the next record starts {next:N0} bytes into it", id);
            }

            ScanToNextHeader();
            return Broken(offset, unpacked, $"the block does not end where its Content-Length ({length:N0}) says: it is followed by '{Printable(Peek(16))}'", id);
        }

        return new WarcItem.Read(new WarcRecord
        {
            Version = header.Version,
            Type = type,
            RecordId = id,
            Date = header.Get("warc-date"),
            TargetUri = CleanUri(header.Get("warc-target-uri")),
            ContentType = header.Get("content-type"),
            Offset = offset,
            UnpackedOffset = unpacked,
            Block = block,
        });
    }

    private string CutOff(long got, long length) =>
        $"the record is cut off: its block has {got:N0} of its {length:N0} bytes ({_input.Problem ?? "the file ends"})";

    private WarcItem.Broken Broken(long offset, long unpacked, string reason, string? id)
    {
        if (_input.Problem is not null && _ended)
        {
            _reported = true;
        }

        return new WarcItem.Broken(offset, _input.Compressed ? unpacked : offset, reason, id);
    }

    /// <summary>The URI without the angle brackets (WARC 1.0 wrote them, wget still does) and surrounding spaces.</summary>
    private static string? CleanUri(string? uri)
    {
        if (uri is null)
        {
            return null;
        }

        var trimmed = uri.Trim();
        if (trimmed.StartsWith('<') && trimmed.EndsWith('>'))
        {
            trimmed = trimmed[1..^1].Trim();
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append(b is >= 0x20 and < 0x7F ? (char)b : b == '\r' ? "\\r" : b == '\n' ? "\\n" : $"\\x{b:x2}");
        }

        return builder.ToString();
    }

    private static int FindMagicAtLineStart(ReadOnlySpan<byte> block)
    {
        for (var i = block.IndexOf(Magic); i >= 0;)
        {
            if (i == 0 || block[i - 1] == '\n')
            {
                return i;
            }

            var next = block[(i + 1)..].IndexOf(Magic);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return -1;
    }

    private static readonly Encoding HeaderEncoding = new UTF8Encoding(false, false);
}
