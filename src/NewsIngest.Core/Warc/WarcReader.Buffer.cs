namespace NewsIngest.Core.Warc;

/// <summary>The read buffer over the current segment: lines, exact reads, skips, scans and a push-back.</summary>
public sealed partial class WarcReader
{
    private int Available => _end - _start;

    /// <summary>Moves to the next segment after one that ended early (or to the first); false at the end of the file.</summary>
    private bool StartSegment()
    {
        if (!_input.NextSegment())
        {
            _atEnd = true;
            return false;
        }

        _segments.Add((_consumed + Available, _input.SegmentOffset));
        _ended = false;
        _reported = false;
        return true;
    }

    /// <summary>
    /// Reads more into the buffer; false when the file ends or a segment ends early. A gzip member that ends well is
    /// followed by the next one seamlessly: a record may span members (some writers cut members by size, not by record).
    /// </summary>
    private bool Fill()
    {
        if (_ended)
        {
            return false;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, Available);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        while (true)
        {
            var read = _input.Read(_buffer.AsSpan(_end));
            if (read > 0)
            {
                _end += read;
                return true;
            }

            if (_input.Problem is not null)
            {
                _ended = true;
                return false;
            }

            if (!_input.NextSegment())
            {
                _ended = true;
                _atEnd = true;
                return false;
            }

            _segments.Add((_consumed + Available, _input.SegmentOffset));
        }
    }

    private bool Ensure(int count)
    {
        while (Available < count)
        {
            if (!Fill())
            {
                return false;
            }
        }

        return true;
    }

    private void Consume(int count)
    {
        _start += count;
        _consumed += count;
    }

    private ReadOnlySpan<byte> Peek(int count)
    {
        Ensure(count);
        return _buffer.AsSpan(_start, Math.Min(count, Available));
    }

    private bool StartsWith(ReadOnlySpan<byte> prefix) => Peek(prefix.Length).SequenceEqual(prefix);

    /// <summary>Skips the blank lines between records; false when the segment ends first.</summary>
    private bool SkipBlankLines()
    {
        while (Ensure(1))
        {
            var b = _buffer[_start];
            if (b is not ((byte)'\r' or (byte)'\n'))
            {
                return true;
            }

            Consume(1);
        }

        return false;
    }

    /// <summary>The next line without its line end, or null when the segment ends before one (or past the header limit).</summary>
    private byte[]? ReadLine(int limit)
    {
        var searched = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + searched, Available - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                var line = _buffer.AsSpan(_start, length > 0 && _buffer[_start + length - 1] == '\r' ? length - 1 : length).ToArray();
                Consume(length + 1);
                return line;
            }

            searched = Available;
            if (searched > limit || !Fill())
            {
                return null;
            }
        }
    }

    /// <summary>Fills <paramref name="block"/>; fewer bytes when the file or a segment ends first.</summary>
    private int ReadExactly(Span<byte> block)
    {
        var filled = 0;
        while (filled < block.Length)
        {
            if (Available == 0 && !Fill())
            {
                break;
            }

            var take = Math.Min(Available, block.Length - filled);
            _buffer.AsSpan(_start, take).CopyTo(block[filled..]);
            Consume(take);
            filled += take;
        }

        return filled;
    }

    private long Skip(long count)
    {
        var skipped = 0L;
        var scratch = new byte[Math.Min(count, 1 << 16)];
        while (skipped < count)
        {
            var read = ReadExactly(scratch.AsSpan(0, (int)Math.Min(scratch.Length, count - skipped)));
            skipped += read;
            if (read == 0)
            {
                break;
            }
        }

        return skipped;
    }

    /// <summary>
    /// Consumes the blank line after a block. WARC asks for CRLF CRLF; a bare LF pair, nothing at the end of the
    /// segment, or the next header straight away are taken too. False when something else follows: the length lied.
    /// </summary>
    private bool EndsProperly()
    {
        var next = Peek(4);
        if (next.IsEmpty || next.StartsWith(Magic.AsSpan(0, Math.Min(next.Length, Magic.Length))))
        {
            return true;
        }

        var blank = 0;
        while (blank < next.Length && next[blank] is (byte)'\r' or (byte)'\n')
        {
            blank++;
        }

        if (blank == 0)
        {
            return false;
        }

        Consume(blank);
        return true;
    }

    /// <summary>Puts bytes back in front of the buffer: the part of a block that turned out to be the next record.</summary>
    private void Unread(ReadOnlySpan<byte> bytes)
    {
        var merged = new byte[Math.Max(_buffer.Length, bytes.Length + Available)];
        bytes.CopyTo(merged);
        _buffer.AsSpan(_start, Available).CopyTo(merged.AsSpan(bytes.Length));
        _end = bytes.Length + Available;
        _start = 0;
        _buffer = merged;
        _consumed -= bytes.Length;
    }

    /// <summary>Moves to the next line that opens with <c>WARC/1.</c> in this segment, or to its end.</summary>
    private void ScanToNextHeader()
    {
        while (true)
        {
            var window = _buffer.AsSpan(_start, Available);
            for (var i = window.IndexOf(Magic); i >= 0;)
            {
                if (i > 0 && window[i - 1] == '\n')
                {
                    Consume(i);
                    return;
                }

                var next = window[(i + 1)..].IndexOf(Magic);
                i = next < 0 ? -1 : i + 1 + next;
            }

            // Keep a magic's length minus one, which may be the start of a header cut by the buffer's end.
            var keep = Math.Min(Available, Magic.Length);
            Consume(Available - keep);
            if (!Fill())
            {
                Consume(Available);
                return;
            }
        }
    }

    /// <summary>The header lines up to the blank line, folded continuation lines joined; null (and why) when it does not parse.</summary>
    private WarcHeader? ReadHeader(out string? problem)
    {
        problem = null;
        var first = ReadLine(MaxHeaderBytes);
        if (first is null)
        {
            problem = "the record header is cut off";
            return null;
        }

        var version = HeaderEncoding.GetString(first).Trim();
        var fields = new List<KeyValuePair<string, string>>();
        var total = first.Length;
        while (true)
        {
            var line = ReadLine(MaxHeaderBytes - total);
            if (line is null)
            {
                problem = _ended ? "the record header is cut off" : $"the record header is longer than {MaxHeaderBytes:N0} bytes";
                return null;
            }

            total += line.Length + 2;
            if (line.Length == 0)
            {
                return new WarcHeader(version, fields);
            }

            var text = HeaderEncoding.GetString(line);
            if (text[0] is ' ' or '\t' && fields.Count > 0)
            {
                fields[^1] = new(fields[^1].Key, fields[^1].Value + " " + text.Trim());
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problem = $"a record header line is not 'Name: value' ('{Printable(line.AsSpan(0, Math.Min(line.Length, 40)))}')";
                return null;
            }

            fields.Add(new(text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim()));
        }
    }
}
