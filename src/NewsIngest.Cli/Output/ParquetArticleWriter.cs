using System.Globalization;
using NewsIngest.Core.Serialization;
using Parquet;
using Parquet.Schema;

namespace NewsIngest.Cli.Output;

/// <summary>
/// Writes articles to a Parquet file as they stream from the store, with Parquet.Net's column API: one writer for the
/// whole file, a row group per <see cref="RowGroupRows"/> articles, each column written from a plain array. Only one
/// group is ever held in memory, however large the store, and nothing is discovered by reflection at run time (the
/// serializer's class-to-schema mapping cannot run in the Native AOT build).
/// <para>
/// Columns, under the record's contract names: <c>id</c> (int64) and <c>word_count</c> (int32), required; the strings
/// <c>path</c>, <c>sha256</c>, <c>title</c>, <c>published_text</c>, <c>date_source</c>, <c>modified_text</c>,
/// <c>source</c>, <c>dateline</c>, <c>body</c>, <c>language</c>, <c>duplicate_kind</c>, <c>boilerplate</c>,
/// <c>warnings</c>, <c>provenance</c> and <c>url</c>; <c>published</c> and <c>modified</c> as DATE (the day, read as
/// written; the contract's own spelling, a time with its offset or a bare year a DATE cannot hold, is in the
/// <c>_text</c> column beside it); <c>authors</c> a list of strings; <c>duplicate_of</c> int64; <c>similarity</c>
/// double; <c>fetched</c> a UTC timestamp (INT96, which every reader takes). <c>boilerplate</c>, <c>warnings</c> and
/// <c>provenance</c> are JSON text exactly as in the <c>json</c> export, so a reader parses them with its JSON
/// functions rather than learning a nested schema. These are the columns and physical types the earlier
/// serializer-based writer produced, so files written before and after read the same.
/// </para>
/// </summary>
public static class ParquetArticleWriter
{
    /// <summary>Articles per row group: large enough for good compression and fast scans, small enough to keep memory flat.</summary>
    public const int RowGroupRows = 10_000;

    private static readonly DataField Id = new DataField<long>("id");
    private static readonly DataField Path = new DataField<string>("path");
    private static readonly DataField Sha256 = new DataField<string>("sha256");
    private static readonly DataField Title = new DataField<string>("title");
    private static readonly DataField Published = new DataField<DateOnly?>("published");
    private static readonly DataField PublishedText = new DataField<string>("published_text");
    private static readonly DataField DateSource = new DataField<string>("date_source");
    private static readonly DataField Modified = new DataField<DateOnly?>("modified");
    private static readonly DataField ModifiedText = new DataField<string>("modified_text");
    private static readonly DataField Author = new DataField<string>("element");
    private static readonly ListField Authors = new("authors", Author);
    private static readonly DataField Source = new DataField<string>("source");
    private static readonly DataField Dateline = new DataField<string>("dateline");
    private static readonly DataField Body = new DataField<string>("body");
    private static readonly DataField WordCount = new DataField<int>("word_count");
    private static readonly DataField Language = new DataField<string>("language");
    private static readonly DataField DuplicateOf = new DataField<long?>("duplicate_of");
    private static readonly DataField DuplicateKind = new DataField<string>("duplicate_kind");
    private static readonly DataField Similarity = new DataField<double?>("similarity");
    private static readonly DataField Boilerplate = new DataField<string>("boilerplate");
    private static readonly DataField Warnings = new DataField<string>("warnings");
    private static readonly DataField Provenance = new DataField<string>("provenance");
    private static readonly DataField Url = new DataField<string>("url");
    private static readonly DataField Fetched = new DataField<DateTime?>("fetched");

    /// <summary>The file's schema, in column order.</summary>
    public static readonly ParquetSchema Schema = new(
        Id, Path, Sha256, Title, Published, PublishedText, DateSource, Modified, ModifiedText, Authors, Source, Dateline,
        Body, WordCount, Language, DuplicateOf, DuplicateKind, Similarity, Boilerplate, Warnings, Provenance, Url, Fetched);

    /// <returns>The number of articles written.</returns>
    public static int Write(Stream output, IEnumerable<ArticleRecord> records, int rowGroupRows = RowGroupRows) =>
        WriteAsync(output, records, rowGroupRows).GetAwaiter().GetResult();

    private static async Task<int> WriteAsync(Stream output, IEnumerable<ArticleRecord> records, int rowGroupRows)
    {
        // Zstandard at level 3 (Optimal) rather than the library's default for Zstd (SmallestSize, level 19): the
        // level-19 file of 5,000 generated articles was 5.3 MB against 7.3 MB, but it came from the old row-by-class
        // serializer, so the two levels' speed on this writer is not yet measured.
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Optimal };
        var count = 0;
        var group = new RowGroup(rowGroupRows);
        await using (var writer = await ParquetWriter.CreateAsync(Schema, output, options).ConfigureAwait(false))
        {
            foreach (var record in records)
            {
                group.Add(record);
                if (group.Count == rowGroupRows)
                {
                    await group.WriteToAsync(writer).ConfigureAwait(false);
                    count += group.Count;
                    group.Clear();
                }
            }

            // An empty export still writes the schema (and one empty row group, as before), so readers see the columns.
            if (group.Count > 0 || count == 0)
            {
                await group.WriteToAsync(writer).ConfigureAwait(false);
                count += group.Count;
            }
        }

        return count;
    }

    /// <summary>The day of a contract date (<c>2025-10-31</c> or a date-time with offset, read as written); null for a bare year.</summary>
    public static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A WARC-Date (ISO 8601, UTC) as a UTC instant; null when it does not read as one.</summary>
    public static DateTime? Instant(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? DateTime.SpecifyKind(instant.UtcDateTime, DateTimeKind.Utc)
            : null;

    /// <summary>One row group's columns as arrays, filled row by row and reused for the next group.</summary>
    private sealed class RowGroup(int capacity)
    {
        private readonly long[] _id = new long[capacity];
        private readonly ReadOnlyMemory<char>?[] _path = new ReadOnlyMemory<char>?[capacity];
        private readonly ReadOnlyMemory<char>?[] _sha256 = new ReadOnlyMemory<char>?[capacity];
        private readonly ReadOnlyMemory<char>?[] _title = new ReadOnlyMemory<char>?[capacity];
        private readonly DateOnly?[] _published = new DateOnly?[capacity];
        private readonly ReadOnlyMemory<char>?[] _publishedText = new ReadOnlyMemory<char>?[capacity];
        private readonly ReadOnlyMemory<char>?[] _dateSource = new ReadOnlyMemory<char>?[capacity];
        private readonly DateOnly?[] _modified = new DateOnly?[capacity];
        private readonly ReadOnlyMemory<char>?[] _modifiedText = new ReadOnlyMemory<char>?[capacity];
        private readonly ReadOnlyMemory<char>?[] _source = new ReadOnlyMemory<char>?[capacity];
        private readonly ReadOnlyMemory<char>?[] _dateline = new ReadOnlyMemory<char>?[capacity];
        private readonly ReadOnlyMemory<char>?[] _body = new ReadOnlyMemory<char>?[capacity];
        private readonly int[] _wordCount = new int[capacity];
        private readonly ReadOnlyMemory<char>?[] _language = new ReadOnlyMemory<char>?[capacity];
        private readonly long?[] _duplicateOf = new long?[capacity];
        private readonly ReadOnlyMemory<char>?[] _duplicateKind = new ReadOnlyMemory<char>?[capacity];
        private readonly double?[] _similarity = new double?[capacity];
        private readonly ReadOnlyMemory<char>?[] _boilerplate = new ReadOnlyMemory<char>?[capacity];
        private readonly ReadOnlyMemory<char>?[] _warnings = new ReadOnlyMemory<char>?[capacity];
        private readonly ReadOnlyMemory<char>?[] _provenance = new ReadOnlyMemory<char>?[capacity];
        private readonly ReadOnlyMemory<char>?[] _url = new ReadOnlyMemory<char>?[capacity];
        private readonly DateTime?[] _fetched = new DateTime?[capacity];

        // The authors list, flattened the way Parquet stores a repeated column: the names of every row in one array,
        // a repetition level per entry (0 starts a row, 1 continues its list) and a definition level per entry (3: a
        // name; 1: the row's list is empty, so the entry carries no value).
        private readonly List<ReadOnlyMemory<char>> _authors = new(capacity);
        private readonly List<int> _authorRepetition = new(capacity);
        private readonly List<int> _authorDefinition = new(capacity);

        public int Count { get; private set; }

        public void Add(ArticleRecord r)
        {
            var i = Count++;
            _id[i] = r.Id ?? 0;
            _path[i] = r.Path.AsMemory();
            _sha256[i] = r.Sha256.AsMemory();
            _title[i] = Text(r.Title);
            _published[i] = Day(r.Published);
            _publishedText[i] = Text(r.Published);
            _dateSource[i] = r.DateSource.AsMemory();
            _modified[i] = Day(r.Modified);
            _modifiedText[i] = Text(r.Modified);
            _source[i] = Text(r.Source);
            _dateline[i] = Text(r.Dateline);
            _body[i] = r.Body.AsMemory();
            _wordCount[i] = r.WordCount;
            _language[i] = Text(r.Language);
            _duplicateOf[i] = r.DuplicateOf;
            _duplicateKind[i] = Text(r.DuplicateKind);
            _similarity[i] = r.Similarity;
            _boilerplate[i] = RecordJson.SerializeList(r.Boilerplate).AsMemory();
            _warnings[i] = RecordJson.SerializeList(r.Warnings).AsMemory();
            _provenance[i] = RecordJson.SerializeMap(r.Provenance).AsMemory();
            _url[i] = Text(r.Url);
            _fetched[i] = Instant(r.Fetched);

            if (r.Authors.Count == 0)
            {
                _authorRepetition.Add(0);
                _authorDefinition.Add(Author.MaxDefinitionLevel - 2);
            }

            for (var a = 0; a < r.Authors.Count; a++)
            {
                _authors.Add(r.Authors[a].AsMemory());
                _authorRepetition.Add(a == 0 ? 0 : 1);
                _authorDefinition.Add(Author.MaxDefinitionLevel);
            }
        }

        public async Task WriteToAsync(ParquetWriter writer)
        {
            using var group = writer.CreateRowGroup();
            var n = Count;
            await group.WriteAsync<long>(Id, _id.AsMemory(0, n)).ConfigureAwait(false);
            await Strings(group, Path, _path, n).ConfigureAwait(false);
            await Strings(group, Sha256, _sha256, n).ConfigureAwait(false);
            await Strings(group, Title, _title, n).ConfigureAwait(false);
            await group.WriteAsync<DateOnly>(Published, _published.AsMemory(0, n)).ConfigureAwait(false);
            await Strings(group, PublishedText, _publishedText, n).ConfigureAwait(false);
            await Strings(group, DateSource, _dateSource, n).ConfigureAwait(false);
            await group.WriteAsync<DateOnly>(Modified, _modified.AsMemory(0, n)).ConfigureAwait(false);
            await Strings(group, ModifiedText, _modifiedText, n).ConfigureAwait(false);
            await group.WriteAllPartsAsync<ReadOnlyMemory<char>>(
                Author,
                _authors.ToArray(),
                _authorDefinition.ToArray(),
                _authorRepetition.ToArray(),
                CancellationToken.None).ConfigureAwait(false);
            await Strings(group, Source, _source, n).ConfigureAwait(false);
            await Strings(group, Dateline, _dateline, n).ConfigureAwait(false);
            await Strings(group, Body, _body, n).ConfigureAwait(false);
            await group.WriteAsync<int>(WordCount, _wordCount.AsMemory(0, n)).ConfigureAwait(false);
            await Strings(group, Language, _language, n).ConfigureAwait(false);
            await group.WriteAsync<long>(DuplicateOf, _duplicateOf.AsMemory(0, n)).ConfigureAwait(false);
            await Strings(group, DuplicateKind, _duplicateKind, n).ConfigureAwait(false);
            await group.WriteAsync<double>(Similarity, _similarity.AsMemory(0, n)).ConfigureAwait(false);
            await Strings(group, Boilerplate, _boilerplate, n).ConfigureAwait(false);
            await Strings(group, Warnings, _warnings, n).ConfigureAwait(false);
            await Strings(group, Provenance, _provenance, n).ConfigureAwait(false);
            await Strings(group, Url, _url, n).ConfigureAwait(false);
            await group.WriteAsync<DateTime>(Fetched, _fetched.AsMemory(0, n)).ConfigureAwait(false);
            group.CompleteValidate();
        }

        /// <summary>Empties the group for the next one, dropping its references so the strings can be collected.</summary>
        public void Clear()
        {
            foreach (var column in new[] { _path, _sha256, _title, _publishedText, _dateSource, _modifiedText, _source, _dateline, _body, _language, _duplicateKind, _boilerplate, _warnings, _provenance, _url })
            {
                Array.Clear(column, 0, Count);
            }

            _authors.Clear();
            _authorRepetition.Clear();
            _authorDefinition.Clear();
            Count = 0;
        }

        private static ReadOnlyMemory<char>? Text(string? value) => value?.AsMemory();

        private static Task Strings(ParquetRowGroupWriter group, DataField field, ReadOnlyMemory<char>?[] values, int n) =>
            group.WriteAsync<ReadOnlyMemory<char>>(field, values.AsMemory(0, n));
    }
}
