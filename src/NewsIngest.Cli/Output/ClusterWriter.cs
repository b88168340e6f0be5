using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Cli.Output;

/// <summary>Prints duplicate clusters as a table, JSON, JSON Lines or CSV.</summary>
internal static class ClusterWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, IReadOnlyList<ClusterRow> clusters, string format, int width)
    {
        switch (format)
        {
            case "json":
                output.WriteLine("[" + string.Join(",", clusters.Select(Json)) + "]");
                break;
            case "jsonl":
                foreach (var cluster in clusters)
                {
                    output.WriteLine(Json(cluster));
                }

                break;
            case "csv":
                output.WriteLine("canonical_id,id,path,title,kind,similarity,reason");
                foreach (var cluster in clusters)
                {
                    foreach (var row in cluster.Duplicates.Prepend(cluster.Canonical))
                    {
                        output.WriteLine(string.Join(',',
                            cluster.Canonical.Id.ToString(CultureInfo.InvariantCulture),
                            row.Id.ToString(CultureInfo.InvariantCulture),
                            Csv(row.Path), Csv(row.Title), Csv(row.Kind ?? "canonical"),
                            row.Similarity?.ToString("0.####", CultureInfo.InvariantCulture) ?? "",
                            Csv(row.Reason)));
                    }
                }

                break;
            default:
                Table(output, clusters, width);
                break;
        }
    }

    private static void Table(TextWriter output, IReadOnlyList<ClusterRow> clusters, int width)
    {
        var pathWidth = Math.Max(20, width - 30);
        output.WriteLine($"{"ID",6}  {"KIND",-9}  {"SIM",5}  PATH / TITLE");
        foreach (var cluster in clusters)
        {
            foreach (var row in cluster.Duplicates.Prepend(cluster.Canonical))
            {
                var canonical = row == cluster.Canonical;
                var label = Fit($"{row.Path}{(row.Title is null ? "" : $"  {row.Title}")}", pathWidth - (canonical ? 0 : 2));
                output.WriteLine(
                    $"{row.Id,6}  {row.Kind ?? "canonical",-9}  {row.Similarity?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",5}  {(canonical ? "" : "└ ")}{label}");
            }
        }

        var duplicates = clusters.Sum(c => c.Duplicates.Count);
        output.WriteLine($"{clusters.Count} {(clusters.Count == 1 ? "cluster" : "clusters")}, {duplicates} {(duplicates == 1 ? "duplicate" : "duplicates")}");
    }

    private static string Json(ClusterRow cluster)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WritePropertyName("canonical");
            Member(json, cluster.Canonical);
            json.WriteStartArray("duplicates");
            foreach (var row in cluster.Duplicates)
            {
                Member(json, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Member(Utf8JsonWriter json, ClusterMemberRow row)
    {
        json.WriteStartObject();
        json.WriteNumber("id", row.Id);
        json.WriteString("path", row.Path);
        json.WriteString("title", row.Title);
        json.WriteNumber("word_count", row.WordCount);
        if (row.Kind is not null)
        {
            json.WriteString("duplicate_kind", row.Kind);
            json.WriteNumber("similarity", row.Similarity ?? 0);
            json.WriteString("reason", row.Reason);
        }

        json.WriteEndObject();
    }

    private static string Fit(string text, int width) => TextWidth.Truncate(TextWidth.Flatten(text), width);

    private static string Csv(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
