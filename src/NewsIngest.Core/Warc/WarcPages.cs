namespace NewsIngest.Core.Warc;

/// <summary>
/// Decides which WARC records are articles: every <c>response</c> with a 2xx status and an HTML, XHTML or plain-text
/// payload, and every <c>resource</c> of those types. Requests, metadata, warcinfo, revisits, conversions, redirects,
/// errors and other media are passed over. Pure.
/// </summary>
public static class WarcPages
{
    /// <summary>The article path of a record: the WARC's path, <c>#</c>, and the record id (or its offset when it has none).</summary>
    public static string PathOf(string warcPath, string? recordId, long offset) => $"{warcPath}#{recordId ?? $"@{offset}"}";

    public static WarcPageOutcome Classify(string warcPath, WarcRecord record, int maxPayload)
    {
        var path = PathOf(warcPath, record.RecordId, record.Offset);
        var (blockType, blockCharset) = MediaType.Parse(record.ContentType);
        switch (record.Type)
        {
            case "response" when blockType is "application/http" || LooksLikeHttp(record.Block):
                if (HttpResponseParser.Parse(record.Block, maxPayload) is not { } response)
                {
                    return new WarcPageOutcome.Broken(path, "the response block does not start with an HTTP status line and headers");
                }

                if (response.Status is < 200 or > 299)
                {
                    return new WarcPageOutcome.PassedOver($"HTTP status {response.Status}");
                }

                return Page(path, record, response.MediaType, response.Charset, response.Payload, response.Problem);
            case "response" or "resource":
                return Page(path, record, blockType, blockCharset, record.Block, null);
            default:
                return new WarcPageOutcome.PassedOver($"a {(record.Type.Length == 0 ? "untyped" : record.Type)} record");
        }
    }

    private static WarcPageOutcome Page(string path, WarcRecord record, string? mediaType, string? charset, byte[] payload, string? problem)
    {
        if (IsSiteFile(record.TargetUri))
        {
            return new WarcPageOutcome.PassedOver("a site file (robots.txt, ads.txt), not a page");
        }

        if (IsCrawlerOwn(record.TargetUri))
        {
            return new WarcPageOutcome.PassedOver("the crawler's own file (wget stores its log and arguments as metadata:// resources)");
        }

        var html = MediaType.IsHtml(mediaType) || (mediaType is null && Html.HtmlSniffer.HasHtmlOpening(payload));
        if (!html && !MediaType.IsText(mediaType))
        {
            return new WarcPageOutcome.PassedOver(mediaType is null ? "a payload of no declared type" : $"a {mediaType} payload");
        }

        if (problem is not null)
        {
            return new WarcPageOutcome.Broken(path, problem);
        }

        return new WarcPageOutcome.Page(new WebPage
        {
            Path = path,
            Url = record.TargetUri,
            Fetched = record.Date,
            IsHtml = html,
            Charset = charset,
            Payload = payload,
            Offset = record.Offset,
        });
    }

    /// <summary>The plain-text files every site serves for crawlers and ad networks.</summary>
    private static bool IsSiteFile(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.AbsolutePath.ToLowerInvariant() is "/robots.txt" or "/ads.txt" or "/app-ads.txt" or "/humans.txt" or "/.well-known/security.txt" or "/security.txt";
    }

    private static bool IsCrawlerOwn(string? url) =>
        url is not null && (url.StartsWith("metadata:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("dns:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("filedesc:", StringComparison.OrdinalIgnoreCase));

    private static bool LooksLikeHttp(ReadOnlySpan<byte> block) => block.StartsWith("HTTP/"u8);
}
