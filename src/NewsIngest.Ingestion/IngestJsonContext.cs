using System.Text.Json.Serialization;

namespace NewsIngest.Ingestion;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IngestOptions))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;
