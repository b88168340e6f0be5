using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsIngest.Evaluation.Report;

/// <summary>Writes measure rows as an aligned text table or as a JSON array with snake_case keys.</summary>
public static class ReportWriter
{
    private static readonly string[] Headers = ["corpus", "measure", "figure", "items", "published", "note"];

    /// <summary>Three decimals, invariant culture; <c>n/a</c> for a missing figure, "" for a missing published one.</summary>
    public static string Format(double? value, string missing = "n/a") =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : missing;

    public static string Table(IReadOnlyList<MeasureRow> rows)
    {
        var cells = rows.Select(r => new[]
        {
            r.Corpus, r.Measure, Format(r.Figure), r.Items.ToString(CultureInfo.InvariantCulture), Format(r.Published, ""), r.Note,
        }).ToList();
        var widths = Enumerable.Range(0, Headers.Length - 1)
            .Select(i => cells.Select(c => c[i].Length).Append(Headers[i].Length).Max())
            .ToArray();
        var sb = new StringBuilder();
        AppendLine(sb, Headers, widths);
        AppendLine(sb, [.. widths.Select(w => new string('-', w)), "----"], widths);
        foreach (var c in cells)
        {
            AppendLine(sb, c, widths);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Each row's wrong items, one per line under a heading: item, then what the label expects and what was found,
    /// tab-separated so the lines sort and cut well.
    /// </summary>
    public static string Misses(IEnumerable<MeasureRow> rows)
    {
        var sb = new StringBuilder();
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n# {r.Corpus} / {r.Measure}: {r.Misses.Count} misses\n");
            foreach (var m in r.Misses)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{m.Item}\texpected: {OneLine(m.Expected)}\tfound: {OneLine(m.Found)}\n");
            }
        }

        return sb.ToString();
    }

    private static string OneLine(string? value) =>
        value is null ? "(none)" : string.Join(' ', value.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    public static string Json(IReadOnlyList<MeasureRow> rows)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartArray();
            foreach (var r in rows)
            {
                w.WriteStartObject();
                w.WriteString("corpus", r.Corpus);
                w.WriteString("measure", r.Measure);
                WriteRounded(w, "figure", r.Figure);
                w.WriteNumber("items", r.Items);
                WriteRounded(w, "published", r.Published);
                w.WriteString("note", r.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteRounded(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 3, MidpointRounding.AwayFromZero));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void AppendLine(StringBuilder sb, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var last = i == cells.Length - 1;
            sb.Append(last ? cells[i] : cells[i].PadRight(widths[i])).Append(last ? "" : "  ");
        }

        sb.Append('\n');
    }
}
