using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsIngest.Core.Validation;

namespace NewsIngest.Cli.Output;

/// <summary>Prints validation findings as lint lines, JSON Lines, or GitHub workflow commands (control characters made visible).</summary>
internal static class FindingWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, Finding finding, string format)
    {
        switch (format)
        {
            case "jsonl":
                output.WriteLine(Json(finding));
                break;
            case "github":
                var kind = finding.Severity == Severity.Error ? "error" : "warning";
                var line = finding.Line is { } n ? $",line={n.ToString(CultureInfo.InvariantCulture)}" : "";
                output.WriteLine($"::{kind} file={Property(TerminalText.Escape(finding.Path))}{line},title={finding.Code}::{Data(TerminalText.Escape($"{finding.Code} {finding.Message}"))}");
                break;
            default:
                var where = finding.Line is { } l ? $"{finding.Path}:{l.ToString(CultureInfo.InvariantCulture)}:" : $"{finding.Path}:";
                output.WriteLine(TerminalText.Escape($"{where} {(finding.Severity == Severity.Error ? "error" : "warning")} {finding.Code}: {finding.Message}"));
                break;
        }
    }

    public static string Json(Finding finding)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("path", finding.Path);
            if (finding.Line is { } line)
            {
                json.WriteNumber("line", line);
            }
            else
            {
                json.WriteNull("line");
            }

            json.WriteString("code", finding.Code);
            json.WriteString("severity", finding.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,.
    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
