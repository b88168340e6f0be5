namespace NewsIngest.Cli.Output;

/// <summary>
/// The default CSV columns of article rows, by contract name: the metadata, then rank and snippet for a search, then
/// for an export the body and every other field, so a CSV export loses nothing (lists and objects as JSON text).
/// </summary>
public static class ArticleCsv
{
    private static readonly string[] Common =
    [
        "id", "path", "sha256", "title", "published", "date_source", "authors", "source", "dateline", "word_count",
        "language", "duplicate_of", "duplicate_kind", "similarity",
    ];

    public static IReadOnlyList<string> Header(bool search, bool body) =>
        [.. Common, .. search ? new[] { "rank", "snippet" } : [], .. body ? Rest() : []];

    /// <summary>The body, then any field of the record the common columns leave out (modified, boilerplate, …).</summary>
    private static IEnumerable<string> Rest() =>
        RowFields.Known.Where(f => f is not ("rank" or "snippet") && !Common.Contains(f)).OrderBy(f => f == "body" ? 0 : 1);
}
