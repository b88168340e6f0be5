using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsIngest.Core.Dedup;

namespace NewsIngest.Cli.Output;

/// <summary><c>dups explain --format json</c>: the measures, passages and verdict as one JSON object.</summary>
internal static class ExplanationJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write((long Id, string Path) a, (long Id, string Path) b, DuplicateExplanation explanation, bool sameCluster)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var v = explanation.Verdict;
            json.WriteStartObject();
            Article(json, "a", a);
            Article(json, "b", b);
            json.WriteBoolean("duplicate", v.IsDuplicate);
            json.WriteString("duplicate_kind", v.IsDuplicate ? v.Kind.ToContractString() : null);
            json.WriteString("reason", v.Reason);
            json.WriteNumber("jaccard", Math.Round(explanation.Jaccard, 4));
            json.WriteNumber("containment_a_in_b", Math.Round(explanation.ContainmentAInB, 4));
            json.WriteNumber("containment_b_in_a", Math.Round(explanation.ContainmentBInA, 4));
            json.WriteStartObject("figures");
            json.WriteNumber("shared_slots", explanation.Figures.SharedSlots);
            json.WriteNumber("changed", explanation.Figures.Changed);
            json.WriteStartArray("examples");
            foreach (var example in explanation.Figures.Examples)
            {
                json.WriteStringValue(example);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteBoolean("same_cluster", sameCluster);
            Passages(json, "shared", explanation.Shared);
            Passages(json, "only_in_a", explanation.OnlyInA);
            Passages(json, "only_in_b", explanation.OnlyInB);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Article(Utf8JsonWriter json, string name, (long Id, string Path) article)
    {
        json.WriteStartObject(name);
        json.WriteNumber("id", article.Id);
        json.WriteString("path", article.Path);
        json.WriteEndObject();
    }

    private static void Passages(Utf8JsonWriter json, string name, IReadOnlyList<PassageMatch> passages)
    {
        json.WriteStartArray(name);
        foreach (var passage in passages)
        {
            json.WriteStartObject();
            json.WriteNumber("paragraph", passage.Index + 1);
            json.WriteNumber("containment", Math.Round(passage.Containment, 4));
            json.WriteString("text", passage.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
