using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NewsIngest.Core.Serialization;

/// <summary>
/// Writes and reads the contract JSON. The relaxed encoder keeps typographic characters readable
/// (… stays …, not \u2026); <c>rank</c> and <c>snippet</c> are written only on search rows.
/// </summary>
public static class RecordJson
{
    private static readonly JsonSerializerOptions Compact = Build(indented: false);
    private static readonly JsonSerializerOptions Indented = Build(indented: true);

    public static string Serialize(ArticleRecord record, bool indented = false) =>
        JsonSerializer.Serialize(record, Info<ArticleRecord>(indented ? Indented : Compact));

    public static string SerializeList<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, Info<T>(indented ? Indented : Compact));

    /// <summary>A field-to-source map such as <see cref="ArticleRecord.Provenance"/>, compact.</summary>
    public static string SerializeMap(IReadOnlyDictionary<string, string> map) => SerializeList(map);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, Info<T>(Compact));

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Build(bool indented)
    {
        var resolver = RecordJsonContext.Default.WithAddedModifier(static info =>
        {
            if (info.Type != typeof(ArticleRecord))
            {
                return;
            }

            foreach (var property in info.Properties)
            {
                if (property.Name is "rank" or "snippet")
                {
                    property.ShouldSerialize = static (_, value) => value is not null;
                }
                else if (property.Name == "id")
                {
                    property.ShouldSerialize = static (_, value) => value is not null;
                }
            }
        });
        return new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        };
    }
}
