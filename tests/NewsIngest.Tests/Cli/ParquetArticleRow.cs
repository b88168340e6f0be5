using System.Text.Json.Serialization;

namespace NewsIngest.Tests.Cli;

/// <summary>
/// One row of a Parquet export as Parquet.Net's own reader (its class serializer) maps it, so the tests read the file
/// back by a different path than the column writer that wrote it: the record's fields as typed columns under their
/// contract names. Dates are DATE columns (<c>published</c>, <c>modified</c>), with the contract's own spelling beside
/// them (<c>published_text</c>: a time with its offset, or a bare year, which a DATE cannot hold); <c>fetched</c> is a
/// UTC timestamp. Authors are a list of strings. <c>boilerplate</c>, <c>warnings</c> and <c>provenance</c> are JSON
/// text, exactly as in the <c>json</c> export.
/// </summary>
public sealed class ParquetArticleRow
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("path")]
    public string Path { get; set; } = "";

    [JsonPropertyName("sha256")]
    public string Sha256 { get; set; } = "";

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("published")]
    public DateOnly? Published { get; set; }

    [JsonPropertyName("published_text")]
    public string? PublishedText { get; set; }

    [JsonPropertyName("date_source")]
    public string DateSource { get; set; } = "";

    [JsonPropertyName("modified")]
    public DateOnly? Modified { get; set; }

    [JsonPropertyName("modified_text")]
    public string? ModifiedText { get; set; }

    [JsonPropertyName("authors")]
    public List<string> Authors { get; set; } = [];

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("dateline")]
    public string? Dateline { get; set; }

    [JsonPropertyName("body")]
    public string Body { get; set; } = "";

    [JsonPropertyName("word_count")]
    public int WordCount { get; set; }

    [JsonPropertyName("language")]
    public string? Language { get; set; }

    [JsonPropertyName("duplicate_of")]
    public long? DuplicateOf { get; set; }

    [JsonPropertyName("duplicate_kind")]
    public string? DuplicateKind { get; set; }

    [JsonPropertyName("similarity")]
    public double? Similarity { get; set; }

    [JsonPropertyName("boilerplate")]
    public string Boilerplate { get; set; } = "[]";

    [JsonPropertyName("warnings")]
    public string Warnings { get; set; } = "[]";

    [JsonPropertyName("provenance")]
    public string Provenance { get; set; } = "{}";

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("fetched")]
    public DateTime? Fetched { get; set; }
}
