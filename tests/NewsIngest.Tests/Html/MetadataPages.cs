using AngleSharp.Html.Parser;
using NewsIngest.Core.Html;
using NewsIngest.Core.Model;

namespace NewsIngest.Tests.Html;

/// <summary>The metadata a whole HTML page yields, read with a fixed "today" so relative and plausible-date rules hold.</summary>
internal static class MetadataPages
{
    public static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    /// <summary>Three paragraphs of a local story, long enough for the body extractor to take them as the article.</summary>
    public const string Story = "<p>The harbour council voted on Tuesday to rebuild the old pier before the summer season begins.</p>"
        + "<p>Repairs to the deck will cost more than the council first planned, the treasurer told the meeting.</p>"
        + "<p>Work starts in March and the pier should reopen to walkers by the end of June, weather permitting.</p>";

    /// <summary>The record the HTML parser makes of a whole page, as ingest would.</summary>
    public static Article Parse(string html) => HtmlArticleParser.Parse("page.html", "sha", System.Text.Encoding.UTF8.GetBytes(html), Options);

    public static HtmlMetadata Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return HtmlMetadataExtractor.Extract(document, Options);
    }
}
