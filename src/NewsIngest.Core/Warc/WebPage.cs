namespace NewsIngest.Core.Warc;

/// <summary>
/// A page out of a web archive, ready for the parser: its payload with the HTTP layer undone, how the server typed it,
/// and where and when it was fetched.
/// </summary>
public sealed record WebPage
{
    /// <summary>The WARC file's path, <c>#</c>, and the record id (<c>crawl.warc.gz#&lt;urn:uuid:...&gt;</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The record's target URI.</summary>
    public string? Url { get; init; }

    /// <summary>The record's WARC-Date.</summary>
    public string? Fetched { get; init; }

    /// <summary>True for HTML and XHTML, false for plain text.</summary>
    public required bool IsHtml { get; init; }

    /// <summary>The charset the HTTP header declared, which outranks the page's own meta tags.</summary>
    public string? Charset { get; init; }

    public required byte[] Payload { get; init; }

    /// <summary>Where the record starts in the WARC file (see <see cref="WarcRecord.Offset"/>).</summary>
    public long Offset { get; init; }
}
