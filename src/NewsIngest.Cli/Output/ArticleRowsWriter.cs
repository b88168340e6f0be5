using System.Globalization;
using NewsIngest.Core.Serialization;

namespace NewsIngest.Cli.Output;

/// <summary>Article rows (<c>search</c>, <c>list</c>, <c>export</c>) in one of the <see cref="RowFormat"/>s.</summary>
public static class ArticleRowsWriter
{
    /// <param name="output">Where the rows go.</param>
    /// <param name="records">The rows; streamed except for a table, which sizes its columns first.</param>
    /// <param name="format">One of <see cref="RowFormat"/>.</param>
    /// <param name="search">Rows carry rank and snippet (a snippet line under each table row).</param>
    /// <param name="body">CSV includes the body (export).</param>
    /// <param name="width">Terminal width a table fits.</param>
    /// <param name="color">Bold header and matches in a table.</param>
    /// <returns>How many rows were written.</returns>
    public static int Write(TextWriter output, IEnumerable<ArticleRecord> records, string format, bool search, bool body, int width, bool color)
    {
        switch (format)
        {
            case RowFormat.Table:
                return Table(output, [.. records], search, width, color);
            case RowFormat.Csv:
                var count = 0;
                foreach (var record in records)
                {
                    if (count == 0)
                    {
                        CsvWriter.WriteRow(output, ArticleCsv.Header(search, body));
                    }

                    CsvWriter.WriteRow(output, ArticleCsv.Fields(record, search, body));
                    count++;
                }

                return count;
            default:
                var writer = new JsonRowsWriter(output, array: format == RowFormat.Json);
                var rows = 0;
                foreach (var record in records)
                {
                    writer.Write(RecordJson.Serialize(record));
                    rows++;
                }

                writer.Finish();
                return rows;
        }
    }

    private static int Table(TextWriter output, List<ArticleRecord> records, bool search, int width, bool color)
    {
        if (records.Count == 0)
        {
            return 0;
        }

        var duplicates = records.Any(r => r.DuplicateOf is not null);
        var columns = new List<TableColumn>
        {
            new("ID", AlignRight: true),
            new("PUBLISHED", MaxWidth: 10),
            new("SOURCE", MaxWidth: 16),
            new("AUTHORS", MaxWidth: 24),
            new("WORDS", AlignRight: true),
        };
        if (duplicates)
        {
            columns.Add(new("DUP OF", AlignRight: true));
        }

        columns.Add(new("TITLE", Flexible: true, MaxWidth: 200));
        var rows = records.Select(r =>
        {
            var cells = new List<string>
            {
                Number(r.Id), Day(r.Published), r.Source ?? "-", r.Authors.Count == 0 ? "-" : string.Join("; ", r.Authors),
                Number(r.WordCount),
            };
            if (duplicates)
            {
                cells.Add(r.DuplicateOf is { } of ? $"{Number(of)} {r.DuplicateKind}" : "");
            }

            cells.Add(r.Title ?? $"(no title) {TextWidth.Truncate(TextWidth.Flatten(r.Body), 200)}");
            return cells.ToArray();
        }).ToList();
        TableWriter.Write(output, columns, rows, width, color, search ? [.. records.Select(r => r.Snippet ?? "")] : null);
        return records.Count;
    }

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>The table shows the day; the full date-time is in JSON and CSV.</summary>
    private static string Day(string? published) =>
        published is null ? "-" : published.Length > 10 && published[4] == '-' ? published[..10] : published;
}
