using System.IO.Compression;
using System.Text.Json;

namespace NewsIngest.Evaluation.Corpora.Reuters;

/// <summary>One record of <c>ground_truth.jsonl.gz</c>, the fields the harness scores.</summary>
public sealed record ReutersTruth(int NewId, string? DateIso, string? Title, string? Dateline, string? Author, string? Signoff, string? BodyRaw, string? BodyClean)
{
    public static IReadOnlyDictionary<int, ReutersTruth> Load(string gzPath)
    {
        using var file = File.OpenRead(gzPath);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var all = new Dictionary<int, ReutersTruth>();
        while (reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var id = r.GetProperty("newid").GetInt32();
            all[id] = new ReutersTruth(id, Str(r, "date_iso"), Str(r, "title"), Str(r, "dateline"), Str(r, "author"), Str(r, "signoff"), Str(r, "body_raw"), Str(r, "body_clean"));
        }

        return all;
    }

    internal static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
