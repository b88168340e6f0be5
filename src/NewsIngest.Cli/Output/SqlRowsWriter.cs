using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Cli.Output;

/// <summary>
/// The rows of a <c>sql</c> query: JSON objects keyed by column name (numbers stay numbers, blobs become base64),
/// CSV with a header row, or a table. JSON and CSV stream; a table needs every row to size its columns.
/// </summary>
public static class SqlRowsWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <returns>How many rows were written.</returns>
    public static int Write(TextWriter output, ISqlRows result, string format, int width, bool color, CancellationToken cancellation = default)
    {
        var columns = result.Columns;
        var count = 0;
        var source = result.Rows().TakeWhile(_ => !cancellation.IsCancellationRequested);
        switch (format)
        {
            case RowFormat.Table:
                var rows = source.Select(row => row.Select(Text).ToArray()).ToList();
                if (rows.Count > 0)
                {
                    var table = columns.Select((name, i) => new TableColumn(name, AlignRight: rows.All(r => IsNumber(r[i])))).ToList();
                    TableWriter.Write(output, table, rows, width, color);
                }

                return rows.Count;
            case RowFormat.Csv:
                foreach (var row in source)
                {
                    if (count++ == 0)
                    {
                        CsvWriter.WriteRow(output, columns);
                    }

                    CsvWriter.WriteRow(output, row.Select(v => v is null ? null : Text(v)));
                }

                return count;
            default:
                var writer = new JsonRowsWriter(output, array: format == RowFormat.Json);
                foreach (var row in source)
                {
                    writer.Write(Json(columns, row));
                    count++;
                }

                writer.Finish();
                return count;
        }
    }

    /// <summary>One row as a JSON object; a repeated column name keeps its first value, as JSON keys are unique.</summary>
    public static string Json(IReadOnlyList<string> columns, object?[] row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                if (!seen.Add(columns[i]))
                {
                    continue;
                }

                json.WritePropertyName(columns[i]);
                switch (row[i])
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case long l:
                        json.WriteNumberValue(l);
                        break;
                    case double d when double.IsFinite(d):
                        json.WriteNumberValue(d);
                        break;
                    case byte[] bytes:
                        json.WriteBase64StringValue(bytes);
                        break;
                    default:
                        json.WriteStringValue(Text(row[i]));
                        break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static bool IsNumber(string text) =>
        text.Length == 0 || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
