using System.Globalization;
using NewsIngest.Core.Serialization;

namespace NewsIngest.Cli.Output;

/// <summary>What an article row carries and how a table fits.</summary>
/// <param name="Search">Rows carry rank and snippet (a snippet line under each table row) and, unless asked for, no body.</param>
/// <param name="Body">CSV includes the body and every other field (export).</param>
/// <param name="Fields">The fields <c>--fields</c> picked, in order; null for the default of the command.</param>
/// <param name="Width">Terminal width a table fits.</param>
/// <param name="Color">Bold header and matches in a table.</param>
public sealed record ArticleRowShape(bool Search = false, bool Body = false, IReadOnlyList<string>? Fields = null, int Width = 100, bool Color = false);

/// <summary>Article rows (<c>search</c>, <c>list</c>, <c>export</c>) in one of the <see cref="RowFormat"/>s.</summary>
public static class ArticleRowsWriter
{
    /// <param name="output">Where the rows go.</param>
    /// <param name="records">The rows; streamed except for a table, which sizes its columns first.</param>
    /// <param name="format">One of <see cref="RowFormat"/>.</param>
    /// <param name="shape">Which fields, and the table's width and colour.</param>
    /// <returns>How many rows were written.</returns>
    public static int Write(TextWriter output, IEnumerable<ArticleRecord> records, string format, ArticleRowShape shape)
    {
        switch (format)
        {
            case RowFormat.Table when shape.Fields is null:
                return Table(output, [.. records], shape.Search, shape.Width, shape.Color);
            case RowFormat.Table:
                var rows = records.Select(RowFields.ToJson).ToList();
                if (rows.Count > 0)
                {
                    var columns = shape.Fields.Select(f => new TableColumn(f.ToUpperInvariant(), AlignRight: f is "id" or "word_count" or "duplicate_of")).ToList();
                    TableWriter.Write(output, columns, [.. rows.Select(row => shape.Fields.Select(f => RowFields.Cell(row, f) ?? "").ToArray())], shape.Width, shape.Color);
                }

                return rows.Count;
            case RowFormat.Csv:
                var header = shape.Fields ?? ArticleCsv.Header(shape.Search, shape.Body);
                CsvWriter.WriteRow(output, header);
                var count = 0;
                foreach (var record in records)
                {
                    var row = RowFields.ToJson(record);
                    CsvWriter.WriteRow(output, header.Select(f => RowFields.Cell(row, f)));
                    count++;
                }

                return count;
            default:
                var writer = new JsonRowsWriter(output, array: format == RowFormat.Json);
                var written = 0;
                foreach (var record in records)
                {
                    writer.Write(Json(record, shape));
                    written++;
                }

                writer.Finish();
                return written;
        }
    }

    private static string Json(ArticleRecord record, ArticleRowShape shape)
    {
        if (shape.Fields is { } fields)
        {
            return RowFields.Pick(RowFields.ToJson(record), fields);
        }

        if (shape.Search)
        {
            var row = RowFields.ToJson(record);
            row.Remove("body");
            return RowFields.Pick(row, [.. row.Select(p => p.Key)]);
        }

        return RecordJson.Serialize(record);
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

            cells.Add(r.Title ?? $"(no title) {TextWidth.Flatten(r.Body.Length > 400 ? r.Body[..400] : r.Body)}");
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
