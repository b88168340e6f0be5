using NewsIngest.Core.Model;

namespace NewsIngest.Core.Serialization;

/// <summary>
/// The article as the JSON contract spells it (DESIGN.md, "Output record"): what <c>parse</c>, <c>show</c>,
/// <c>list</c>, <c>search</c> and <c>export</c> print. Store-only fields are null when there is no store.
/// </summary>
public sealed record ArticleRecord
{
    public long? Id { get; init; }

    public required string Path { get; init; }

    public required string Sha256 { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public required string DateSource { get; init; }

    /// <summary>The last-modified date when the file declares one distinct from <see cref="Published"/>.</summary>
    public string? Modified { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Source { get; init; }

    public string? Dateline { get; init; }

    public required string Body { get; init; }

    public int WordCount { get; init; }

    public string? Language { get; init; }

    public long? DuplicateOf { get; init; }

    public string? DuplicateKind { get; init; }

    public double? Similarity { get; init; }

    public IReadOnlyList<BoilerplateRemoval> Boilerplate { get; init; } = [];

    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];

    /// <summary>Field name to the source that won it (<c>{"title":"json-ld","published":"opengraph"}</c>).</summary>
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = Model.Provenance.None;

    /// <summary>The page's URL (a WARC record's target URI); null for files.</summary>
    public string? Url { get; init; }

    /// <summary>When a crawler fetched the page (the WARC record's WARC-Date); null for files.</summary>
    public string? Fetched { get; init; }

    /// <summary>bm25 rank on search rows (lower is better); absent elsewhere.</summary>
    public double? Rank { get; init; }

    /// <summary>Snippet with the matches marked, on search rows; absent elsewhere.</summary>
    public string? Snippet { get; init; }

    public static ArticleRecord From(Article article) => new()
    {
        Path = article.Path,
        Sha256 = article.Sha256,
        Title = article.Title,
        Published = article.Published,
        DateSource = article.DateSource.ToContractString(),
        Modified = article.Modified,
        Authors = article.Authors,
        Source = article.Source,
        Dateline = article.Dateline,
        Body = article.Body,
        WordCount = article.WordCount,
        Language = article.Language,
        Boilerplate = article.Boilerplate,
        Warnings = article.Warnings,
        Provenance = article.Provenance,
        Url = article.Url,
        Fetched = article.Fetched,
    };
}
