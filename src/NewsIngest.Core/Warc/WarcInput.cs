namespace NewsIngest.Core.Warc;

/// <summary>
/// The unpacked bytes of a WARC file in segments: a plain <c>.warc</c> is one segment, a <c>.warc.gz</c> one per gzip
/// member. A segment that ends early says why in <see cref="Problem"/>.
/// </summary>
internal sealed class WarcInput(Stream raw) : IDisposable
{
    private readonly GzipMembers? _members = IsGzip(raw) ? new GzipMembers(raw) : null;
    private bool _plainStarted;

    public bool Compressed => _members is not null;

    /// <summary>Where the current segment starts in the file.</summary>
    public long SegmentOffset => _members?.MemberOffset ?? 0;

    public string? Problem => _members?.Problem;

    public bool NextSegment()
    {
        if (_members is not null)
        {
            return _members.NextMember();
        }

        if (_plainStarted)
        {
            return false;
        }

        _plainStarted = true;
        raw.Position = 0;
        return true;
    }

    public int Read(Span<byte> buffer) => _members?.Read(buffer) ?? raw.Read(buffer);

    public void Dispose() => _members?.Dispose();

    private static bool IsGzip(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        stream.Position = 0;
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }
}
