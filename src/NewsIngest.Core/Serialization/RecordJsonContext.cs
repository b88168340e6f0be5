using System.Text.Json.Serialization;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Serialization;

/// <summary>Source-generated JSON for the contract types: snake_case names, nulls written (a null title is information).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleRecord))]
[JsonSerializable(typeof(BoilerplateRemoval))]
[JsonSerializable(typeof(ParseWarning))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<BoilerplateRemoval>))]
[JsonSerializable(typeof(IReadOnlyList<ParseWarning>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
