using System.Text.Json.Serialization;

namespace NewsIngest.Storage.Ingestion;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IngestOptions))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;
