using AngleSharp.Html.Parser;
using NewsIngest.Core.Html;
using NewsIngest.Core.Model;

namespace NewsIngest.Tests.Html;

/// <summary>The metadata a whole HTML page yields, read with a fixed "today" so relative and plausible-date rules hold.</summary>
internal static class MetadataPages
{
    public static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    public static HtmlMetadata Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return HtmlMetadataExtractor.Extract(document, Options);
    }
}
