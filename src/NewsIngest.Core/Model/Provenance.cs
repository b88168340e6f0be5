namespace NewsIngest.Core.Model;

/// <summary>
/// The words of <see cref="Article.Provenance"/>. Text files: <c>header</c>, <c>byline</c>, <c>text</c>,
/// <c>dateline</c>, <c>copyright</c> (for <c>published</c> the same word as <c>date_source</c>). Web pages:
/// <c>json-ld</c>, <c>opengraph</c>, <c>meta</c>, <c>time</c>, <c>byline</c>, <c>url</c>, <c>text</c>, <c>h1</c>,
/// <c>title</c>, and <c>modified</c> when a modification date stands in for the publication date.
/// </summary>
public static class Provenance
{
    /// <summary>The fields in the order records list them.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["title", "published", "modified", "authors", "source"];

    public static IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>();

    /// <summary>The pairs whose source is known, in <see cref="Fields"/> order (so the JSON is stable).</summary>
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyDictionary<string, string?> sources)
    {
        var ordered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (sources.TryGetValue(field, out var from) && from is not null)
            {
                ordered[field] = from;
            }
        }

        return ordered;
    }
}
