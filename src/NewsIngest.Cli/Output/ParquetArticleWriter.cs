using System.Globalization;
using NewsIngest.Core.Serialization;
using Parquet;
using Parquet.Serialization;

namespace NewsIngest.Cli.Output;

/// <summary>
/// Writes articles to a Parquet file (Parquet.Net) as they stream from the store, one row group per
/// <see cref="RowGroupRows"/> articles: only one group is ever held in memory, however large the store.
/// Columns: see <see cref="ParquetArticleRow"/>.
/// </summary>
public static class ParquetArticleWriter
{
    /// <summary>Articles per row group: large enough for good compression and fast scans, small enough to keep memory flat.</summary>
    public const int RowGroupRows = 10_000;

    /// <returns>The number of articles written.</returns>
    public static int Write(Stream output, IEnumerable<ArticleRecord> records, int rowGroupRows = RowGroupRows)
    {
        var count = 0;
        var group = new List<ParquetArticleRow>(rowGroupRows);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, Append = false };
        foreach (var record in records)
        {
            group.Add(Row(record));
            if (group.Count == rowGroupRows)
            {
                Flush(group, output, options);
                count += group.Count;
                group.Clear();
                options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, Append = true };
            }
        }

        // An empty export still writes the schema, so readers see the columns.
        if (group.Count > 0 || count == 0)
        {
            Flush(group, output, options);
            count += group.Count;
        }

        return count;
    }

    private static void Flush(List<ParquetArticleRow> group, Stream output, ParquetOptions options) =>
        ParquetSerializer.SerializeAsync(group, output, options).GetAwaiter().GetResult();

    public static ParquetArticleRow Row(ArticleRecord r) => new()
    {
        Id = r.Id ?? 0,
        Path = r.Path,
        Sha256 = r.Sha256,
        Title = r.Title,
        Published = Day(r.Published),
        PublishedText = r.Published,
        DateSource = r.DateSource,
        Modified = Day(r.Modified),
        ModifiedText = r.Modified,
        Authors = [.. r.Authors],
        Source = r.Source,
        Dateline = r.Dateline,
        Body = r.Body,
        WordCount = r.WordCount,
        Language = r.Language,
        DuplicateOf = r.DuplicateOf,
        DuplicateKind = r.DuplicateKind,
        Similarity = r.Similarity,
        Boilerplate = RecordJson.SerializeList(r.Boilerplate),
        Warnings = RecordJson.SerializeList(r.Warnings),
        Provenance = RecordJson.SerializeMap(r.Provenance),
        Url = r.Url,
        Fetched = Instant(r.Fetched),
    };

    /// <summary>The day of a contract date (<c>2025-10-31</c> or a date-time with offset, read as written); null for a bare year.</summary>
    public static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A WARC-Date (ISO 8601, UTC) as a UTC instant; null when it does not read as one.</summary>
    public static DateTime? Instant(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? DateTime.SpecifyKind(instant.UtcDateTime, DateTimeKind.Utc)
            : null;
}
