namespace NewsIngest.Core.Html;

/// <summary>
/// Bounds that keep one hostile or broken page from taking the whole ingest down. They hold per document, so a page
/// read from a file and a record read from a web archive get the same guard through <see cref="Pipeline.ArticlePipeline"/>.
/// </summary>
public static class HtmlLimits
{
    /// <summary>
    /// How deep elements may nest. Tags deeper than this are blanked out before the page is parsed
    /// (<see cref="HtmlNesting"/>), and the recursive tree walks stop here too. The 1,514 pages of the labelled
    /// corpora nest at most 42 levels (median 17); a page of 100,000 unclosed divs took minutes before this limit.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// The work budget of one page, in tags: a page with more is reported as too complex and not parsed. The largest
    /// page of the labelled corpora has 19,582 tags; the rest of the parse costs time in proportion to the tags (about 35 µs each, measured on 2 busy cores), so the budget bounds a page to a few seconds.
    /// </summary>
    public const int MaxTags = 200_000;
}
