using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Html;

/// <summary>
/// What a page says about itself, each field with the source that won (<c>json-ld</c>, <c>opengraph</c>, <c>meta</c>,
/// <c>time</c>, <c>byline</c>, <c>url</c>, <c>text</c>, <c>h1</c>, <c>title</c>, <c>modified</c>) in <see cref="Provenance"/>.
/// </summary>
public sealed record HtmlMetadata
{
    public string? Title { get; init; }

    /// <summary>
    /// The title as the page's metadata declares it (JSON-LD, OpenGraph, meta, <c>&lt;title&gt;</c>), site name removed;
    /// <see cref="Title"/> is the visible headline when one agrees with it. The body drops a heading equal to this one.
    /// </summary>
    public string? DeclaredTitle { get; init; }

    public PartialDate? Published { get; init; }

    /// <summary>The page's last-modified date (JSON-LD dateModified, article:modified_time...), when it gives one.</summary>
    public PartialDate? Modified { get; init; }

    /// <summary>True when <see cref="Published"/> is really the modification date (nothing else was found).</summary>
    public bool PublishedIsModified { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Source { get; init; }

    /// <summary>The page's own address (canonical link or og:url), when it gives one.</summary>
    public string? Url { get; init; }

    /// <summary>The <c>lang</c> of the root element, or the content-language meta.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>True when the page declares itself an article (JSON-LD article type or og:type article).</summary>
    public bool DeclaresArticle { get; init; }

    /// <summary>Field name (<c>title</c>, <c>published</c>, <c>modified</c>, <c>authors</c>, <c>source</c>) to the source that won.</summary>
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();
}
