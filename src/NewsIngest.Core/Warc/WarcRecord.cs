namespace NewsIngest.Core.Warc;

/// <summary>
/// One record of a WARC file: its named headers and its block (for a <c>response</c>, the HTTP message as crawled).
/// <see cref="Offset"/> is where the record starts in the file; in a <c>.warc.gz</c> it is where its gzip member
/// starts (what CDX indexes record), with <see cref="UnpackedOffset"/> the record's place inside the unpacked member
/// (0 when the member holds only this record).
/// </summary>
public sealed record WarcRecord
{
    /// <summary>The <c>WARC/1.0</c> or <c>WARC/1.1</c> of the first line.</summary>
    public required string Version { get; init; }

    /// <summary>WARC-Type, lower case: <c>response</c>, <c>resource</c>, <c>request</c>, <c>warcinfo</c>, ...</summary>
    public required string Type { get; init; }

    /// <summary>WARC-Record-ID as written, angle brackets included (<c>&lt;urn:uuid:...&gt;</c>).</summary>
    public string? RecordId { get; init; }

    /// <summary>WARC-Date as written (ISO 8601, UTC).</summary>
    public string? Date { get; init; }

    /// <summary>WARC-Target-URI without the angle brackets or spaces some writers put around it.</summary>
    public string? TargetUri { get; init; }

    /// <summary>The Content-Type of the block (<c>application/http; msgtype=response</c> for HTTP records).</summary>
    public string? ContentType { get; init; }

    public required long Offset { get; init; }

    public long UnpackedOffset { get; init; }

    public required byte[] Block { get; init; }
}
