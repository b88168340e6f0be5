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

    /// <summary>How the reason for bytes that are no record header begins.</summary>
    public const string NotAHeader = "not a WARC record header";

    private static readonly byte[] Magic = "WARC/1."u8.ToArray();

    private readonly WarcInput _input;
    private readonly long _maxBlock;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private readonly List<(long UnpackedStart, long FileOffset)> _segments = [];
    private bool _ended = true;
    private bool _atEnd;
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
        if (!StartSegment())
        {
            yield break;
        }

        while (true)
        {
            if (!SkipBlankLines())
            {
                if (_input.Problem is { } problem && !_reported)
                {
                    yield return Broken(_consumed, problem, null);
                }

                // The end of the file, or a segment that ended early: reading goes on with the next gzip member.
                if (_atEnd || !StartSegment())
                {
                    yield break;
                }

                continue;
            }

            var item = ReadRecord(_consumed);
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    public void Dispose() => _input.Dispose();

    private WarcItem? ReadRecord(long start)
    {
        if (!StartsWith(Magic))
        {
            var reason = $"{NotAHeader} (it begins '{Printable(Peek(24))}')";
            Consume(1);
            ScanToNextHeader();
            return Broken(start, reason, null);
        }

        var header = ReadHeader(out var headerProblem);
        if (header is null)
        {
            ScanToNextHeader();
            return Broken(start, headerProblem!, null);
        }

        var id = header.Get("warc-record-id");
        if (!long.TryParse(header.Get("content-length"), out var length) || length < 0)
        {
            ScanToNextHeader();
            return Broken(start, $"the record header has no valid Content-Length ('{header.Get("content-length")}')", id);
        }

        var type = (header.Get("warc-type") ?? "").ToLowerInvariant();
        if (length > _maxBlock)
        {
            var skipped = Skip(length);
            var page = type is "response" or "resource";
            return skipped < length
                ? Broken(start, CutOff(skipped, length), id)
                : page ? Broken(start, $"the record's block is {length:N0} bytes, over the {_maxBlock:N0}-byte limit (raise it with --max-file-size)", id) : null;
        }

        var block = new byte[length];
        var got = ReadExactly(block);
        if (got < length)
        {
            return Broken(start, CutOff(got, length), id);
        }

        if (!EndsProperly())
        {
            var next = FindMagicAtLineStart(block);
            if (next >= 0)
            {
                Unread(block.AsSpan(next));
                return Broken(start, $"the block is shorter than its Content-Length ({length:N0}): the next record starts {next:N0} bytes into it", id);
            }

            var following = Printable(Peek(16));
            ScanToNextHeader();
            return Broken(start, $"the block does not end where its Content-Length ({length:N0}) says: it is followed by '{following}'", id);
        }

        return new WarcItem.Read(new WarcRecord
        {
            Version = header.Version,
            Type = type,
            RecordId = id,
            Date = header.Get("warc-date"),
            TargetUri = CleanUri(header.Get("warc-target-uri")),
            ContentType = header.Get("content-type"),
            Offset = FileOffset(start),
            UnpackedOffset = _input.Compressed ? start - SegmentOf(start).UnpackedStart : start,
            Block = block,
        });
    }

    private string CutOff(long got, long length) =>
        $"the record is cut off: its block has {got:N0} of its {length:N0} bytes ({_input.Problem ?? "the file ends"})";

    private WarcItem.Broken Broken(long start, string reason, string? id)
    {
        if (_input.Problem is not null && _ended)
        {
            _reported = true;
        }

        return new WarcItem.Broken(FileOffset(start), _input.Compressed ? start - SegmentOf(start).UnpackedStart : start, reason, id);
    }

    /// <summary>Where in the file the byte at this unpacked position lies: itself in a plain file, its member's start in a gzip file.</summary>
    private long FileOffset(long unpacked) => _input.Compressed ? SegmentOf(unpacked).FileOffset : unpacked;

    private (long UnpackedStart, long FileOffset) SegmentOf(long unpacked)
    {
        // Segments before the one holding this position are no longer needed: positions asked for only grow.
        while (_segments.Count > 1 && _segments[1].UnpackedStart <= unpacked)
        {
            _segments.RemoveAt(0);
        }

        return _segments[0];
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
