namespace NewsIngest.Core.Model;

/// <summary>
/// One parsed, cleaned article: the record of the JSON contract without its store fields
/// (<c>id</c> and the duplicate links are added by the store).
/// </summary>
public sealed record Article
{
    /// <summary>The source file path as the user gave it.</summary>
    public required string Path { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The headline; null when the file has none (never invented).</summary>
    public string? Title { get; init; }

    /// <summary>ISO 8601 date (<c>2025-10-31</c>), date-time with offset, or a bare year when only a copyright year is known.</summary>
    public string? Published { get; init; }

    public DateSource DateSource { get; init; } = DateSource.None;

    /// <summary>The last-modified date the file declares when it differs from <see cref="Published"/>, same spelling.</summary>
    public string? Modified { get; init; }

    /// <summary>People, one each, without "By" and without the outlet.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publisher or outlet.</summary>
    public string? Source { get; init; }

    /// <summary>The place of the dateline, when there is one.</summary>
    public string? Dateline { get; init; }

    /// <summary>Clean body text, paragraphs separated by one blank line.</summary>
    public required string Body { get; init; }

    /// <summary>ISO 639-1 code of the body's language, when known.</summary>
    public string? Language { get; init; }

    /// <summary>What the cleaner removed, and why, in document order.</summary>
    public IReadOnlyList<BoilerplateRemoval> Boilerplate { get; init; } = [];

    /// <summary>What was doubtful in this file.</summary>
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];

    /// <summary>
    /// Field name (<c>title</c>, <c>published</c>, <c>modified</c>, <c>authors</c>, <c>source</c>) to the source that
    /// won it (<see cref="Provenance"/> lists the words); a field the parser cannot attribute is absent.
    /// </summary>
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = Model.Provenance.None;

    /// <summary>The page's URL: a WARC record's target URI.</summary>
    public string? Url { get; init; }

    /// <summary>When a crawler fetched the page (the WARC-Date), as written.</summary>
    public string? Fetched { get; init; }

    /// <summary>Words in <see cref="Body"/>, as counted by <see cref="Text.WordCounter"/>.</summary>
    public int WordCount => Text.WordCounter.Count(Body);

    /// <summary>The body split into its paragraphs.</summary>
    public IEnumerable<string> Paragraphs =>
        Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
