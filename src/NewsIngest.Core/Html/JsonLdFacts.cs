namespace NewsIngest.Core.Html;

/// <summary>What the JSON-LD blocks of a page say about its article (first article-typed object wins, each field on its own).</summary>
internal sealed class JsonLdFacts
{
    public string? Headline { get; set; }

    public string? Published { get; set; }

    public string? Modified { get; set; }

    /// <summary>A datePublished of a non-article object (WebPage...): less trusted than the meta tags.</summary>
    public string? OtherPublished { get; set; }

    public List<string> Authors { get; } = [];

    /// <summary>The article's authors typed as organisations ("Contributors to Wikimedia projects", a news agency), in order.</summary>
    public List<string> OrganizationAuthors { get; } = [];

    /// <summary>The author of a non-article object (the WebPage of a <c>@graph</c> that has no article node): used when no article names one.</summary>
    public List<string> OtherAuthors { get; } = [];

    /// <summary>Names given by an object typed <c>Person</c>: a person even where the site carries the same name (a one-person site).</summary>
    public HashSet<string> People { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Publisher { get; set; }

    public bool IsArticle { get; set; }
}
