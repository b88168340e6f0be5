using System.Text.Json;
using System.Text.Json.Serialization;
using NewsIngest.Core.Dedup;

namespace NewsIngest.Storage;

/// <summary>
/// What a store reads back from a run's recorded options (<c>runs.options</c>, the JSON of the ingest options):
/// the thresholds the run linked duplicates with and the settings its duplicate keys were made with. Fields a run
/// did not record are null.
/// </summary>
public sealed record RecordedRunOptions
{
    public double? Near { get; init; }

    public double? Containment { get; init; }

    /// <summary>The run's <see cref="DedupOptions.KeySettings"/>; null for runs made before it was recorded.</summary>
    public string? DedupKeys { get; init; }

    /// <exception cref="JsonException">The text is not a JSON object of this shape.</exception>
    public static RecordedRunOptions Parse(string json) =>
        JsonSerializer.Deserialize(json, RecordedRunOptionsJson.Default.RecordedRunOptions) ?? new RecordedRunOptions();

    /// <summary>The defaults with this run's thresholds.</summary>
    public DedupOptions ToDedupOptions() => DedupOptions.Default with
    {
        Near = Near ?? DedupOptions.Default.Near,
        Containment = Containment ?? DedupOptions.Default.Containment,
    };
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(RecordedRunOptions))]
internal sealed partial class RecordedRunOptionsJson : JsonSerializerContext;
