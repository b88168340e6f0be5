using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsIngest.Core.Warc;

/// <summary>
/// Reads a multi-member gzip file (a <c>.warc.gz</c>: one member per record, as crawlers write them) member by member,
/// so each record can be reported at the byte where its member starts and a broken member skipped without losing the
/// rest. <see cref="GZipStream"/> reads the members as one stream and cannot say where one ends: here each member's
/// deflate data is inflated on its own, and its end is found from its trailer (the unpacked length, then the next
/// member's magic or the end of the file). Needs a seekable stream; holds one read buffer, never the file.
/// </summary>
internal sealed class GzipMembers(Stream raw) : IDisposable
{
    private const int ChunkSize = 64 * 1024;
    private readonly CountingStream _feed = new(raw);
    private DeflateStream? _inflater;
    private long _inflated;
    private long _nextStart;
    private byte[] _window = new byte[ChunkSize + 32];

    /// <summary>Where the current member starts in the file.</summary>
    public long MemberOffset { get; private set; } = -1;

    /// <summary>Why the member just finished ended early (cut off, corrupt), or null when it ended properly.</summary>
    public string? Problem { get; private set; }

    /// <summary>Moves to the next member at or after the end of the current one; false at the end of the file.</summary>
    public bool NextMember()
    {
        var start = MemberOffset < 0 ? 0 : _nextStart;
        _inflater?.Dispose();
        _inflater = null;
        Problem = null;
        while (start < raw.Length)
        {
            var header = ReadHeaderLength(start);
            if (header > 0)
            {
                MemberOffset = start;
                _feed.Seek(start + header);
                _inflater = new DeflateStream(_feed, CompressionMode.Decompress, leaveOpen: true);
                _inflated = 0;
                _nextStart = raw.Length;
                return true;
            }

            // Not a member header: the bytes after a broken member. The next member starts at the next magic.
            start = FindMagic(start + 1);
        }

        MemberOffset = raw.Length;
        return false;
    }

    /// <summary>Unpacked bytes of the current member; 0 at its end (then <see cref="Problem"/> says whether it ended well).</summary>
    public int Read(Span<byte> buffer)
    {
        if (_inflater is null)
        {
            return 0;
        }

        int read;
        try
        {
            read = _inflater.Read(buffer);
        }
        catch (InvalidDataException ex)
        {
            End($"{GzipReasons.Corrupt} ({ex.Message.TrimEnd('.')})", FindMagic(MemberOffset + 1));
            return 0;
        }

        if (read > 0)
        {
            _inflated += read;
            return read;
        }

        var end = FindTrailerEnd();
        if (end < 0)
        {
            End(GzipReasons.CutOff, FindMagic(MemberOffset + 1));
        }
        else
        {
            End(null, end);
        }

        return 0;
    }

    public void Dispose()
    {
        _inflater?.Dispose();
        _inflater = null;
    }

    private void End(string? problem, long next)
    {
        Problem = problem;
        _nextStart = next;
        _inflater?.Dispose();
        _inflater = null;
    }

    /// <summary>
    /// The member's end: just after its trailer's length field, which holds the unpacked length and is followed by the
    /// next member's magic or the end of the file. The inflater read ahead of the deflate data's end by at most its
    /// last read, so only that stretch is searched. -1 when no trailer fits (the member is cut off).
    /// </summary>
    private long FindTrailerEnd()
    {
        var from = Math.Max(MemberOffset + 10, _feed.LastReadStart - 16);
        var to = Math.Min(raw.Length, _feed.Position + 8);
        var size = (int)(to - from);
        if (_window.Length < size)
        {
            _window = new byte[Math.Max(size, _window.Length * 2)];
        }

        var window = _window.AsSpan(0, ReadAt(from, _window.AsSpan(0, size)));
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, unchecked((uint)_inflated));
        // One vectorised search per candidate: this runs once per record, over the inflater's whole last read.
        for (var i = window.IndexOf(length); i >= 0;)
        {
            var end = from + i + 4;
            if (end == raw.Length || (i + 6 <= window.Length && window[i + 4] == 0x1F && window[i + 5] == 0x8B))
            {
                return end;
            }

            var next = window[(i + 1)..].IndexOf(length);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return -1;
    }

    /// <summary>The length of a gzip member header at <paramref name="offset"/>, or 0 when none starts there.</summary>
    private int ReadHeaderLength(long offset)
    {
        Span<byte> head = stackalloc byte[10];
        if (ReadAt(offset, head) < 10 || head[0] != 0x1F || head[1] != 0x8B || head[2] != 0x08 || (head[3] & 0xE0) != 0)
        {
            return 0;
        }

        var flags = head[3];
        var position = offset + 10;
        Span<byte> two = stackalloc byte[2];
        if ((flags & 0x04) != 0)
        {
            if (ReadAt(position, two) < 2)
            {
                return 0;
            }

            position += 2 + BinaryPrimitives.ReadUInt16LittleEndian(two);
        }

        for (var bit = 0x08; bit <= 0x10; bit <<= 1)
        {
            if ((flags & bit) != 0)
            {
                // A zero-terminated file name or comment.
                while (true)
                {
                    if (ReadAt(position, two[..1]) < 1)
                    {
                        return 0;
                    }

                    position++;
                    if (two[0] == 0)
                    {
                        break;
                    }
                }
            }
        }

        if ((flags & 0x02) != 0)
        {
            position += 2;
        }

        return position <= raw.Length ? (int)(position - offset) : 0;
    }

    private long FindMagic(long from)
    {
        var buffer = new byte[ChunkSize];
        for (var position = from; position < raw.Length; position += ChunkSize - 2)
        {
            var read = ReadAt(position, buffer);
            for (var i = 0; i + 2 < read; i++)
            {
                if (buffer[i] == 0x1F && buffer[i + 1] == 0x8B && buffer[i + 2] == 0x08)
                {
                    return position + i;
                }
            }

            if (read < buffer.Length)
            {
                break;
            }
        }

        return raw.Length;
    }

    private int ReadAt(long offset, Span<byte> buffer)
    {
        raw.Position = offset;
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = raw.Read(buffer[filled..])) > 0)
        {
            filled += read;
        }

        return filled;
    }

    /// <summary>Feeds the inflater from the file and remembers where its last read began.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long LastReadStart { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get; set; }

        public void Seek(long offset)
        {
            Position = offset;
            LastReadStart = offset;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            inner.Position = Position;
            var read = inner.Read(buffer[..Math.Min(buffer.Length, ChunkSize)]);
            if (read > 0)
            {
                LastReadStart = Position;
                Position += read;
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
