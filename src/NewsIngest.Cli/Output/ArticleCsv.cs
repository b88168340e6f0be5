using System.Globalization;
using NewsIngest.Core.Serialization;

namespace NewsIngest.Cli.Output;

/// <summary>The CSV columns of an article row: contract field names; authors joined with "; ".</summary>
public static class ArticleCsv
{
    private static readonly string[] Common =
    [
        "id", "path", "sha256", "title", "published", "date_source", "authors", "source", "dateline", "word_count",
        "language", "duplicate_of", "duplicate_kind", "similarity",
    ];

    public static IReadOnlyList<string> Header(bool search, bool body) =>
        [.. Common, .. search ? new[] { "rank", "snippet" } : [], .. body ? new[] { "body" } : []];

    public static IReadOnlyList<string?> Fields(ArticleRecord r, bool search, bool body)
    {
        var fields = new List<string?>
        {
            Number(r.Id), r.Path, r.Sha256, r.Title, r.Published, r.DateSource, string.Join("; ", r.Authors), r.Source,
            r.Dateline, Number(r.WordCount), r.Language, Number(r.DuplicateOf), r.DuplicateKind,
            r.Similarity?.ToString("R", CultureInfo.InvariantCulture),
        };
        if (search)
        {
            fields.Add(r.Rank?.ToString("R", CultureInfo.InvariantCulture));
            fields.Add(r.Snippet);
        }

        if (body)
        {
            fields.Add(r.Body);
        }

        return fields;
    }

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
