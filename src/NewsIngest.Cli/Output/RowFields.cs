using System.Text.Json;
using System.Text.Json.Nodes;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Core.Serialization;

namespace NewsIngest.Cli.Output;

/// <summary>
/// The fields of article rows by their contract names: which exist, which <c>--fields</c> picked, and each field's
/// value as JSON or as a CSV/table cell (authors joined with "; ", lists and objects as compact JSON).
/// </summary>
public static class RowFields
{
    /// <summary>Every field an article row can carry, in contract order (search rows add rank and snippet).</summary>
    public static IReadOnlyList<string> Known { get; } = KnownNames();

    /// <summary>The names of <c>--fields a,b,c</c>; null when not given.</summary>
    /// <exception cref="UsageException">A name is not a field.</exception>
    public static IReadOnlyList<string>? Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return null;
        }

        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            if (!Known.Contains(name, StringComparer.Ordinal))
            {
                throw new UsageException($"--fields: no field '{name}'; the fields are {string.Join(",", Known)}");
            }
        }

        return names.Count == 0 ? null : names;
    }

    /// <summary>The record as a JSON object keyed by contract names.</summary>
    public static JsonObject ToJson(ArticleRecord record) => JsonNode.Parse(RecordJson.Serialize(record))!.AsObject();

    /// <summary>Only <paramref name="fields"/>, in their order; a field the row lacks is null.</summary>
    public static string Pick(JsonObject row, IReadOnlyList<string> fields)
    {
        var picked = new JsonObject();
        foreach (var name in fields)
        {
            picked[name] = row[name]?.DeepClone();
        }

        return picked.ToJsonString(JsonOptions);
    }

    /// <summary>A field as the text of a CSV or table cell; null when absent or null.</summary>
    public static string? Cell(JsonObject row, string name) => row[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        JsonArray array when array.All(item => item?.GetValueKind() == JsonValueKind.String) =>
            string.Join("; ", array.Select(item => item!.GetValue<string>())),
        var node => node.ToJsonString(JsonOptions),
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static List<string> KnownNames()
    {
        var sample = new ArticleRecord
        {
            Id = 1,
            Path = "",
            Sha256 = "",
            DateSource = "none",
            Body = "",
            Rank = 0,
            Snippet = "",
        };
        return [.. ToJson(sample).Select(p => p.Key)];
    }
}
