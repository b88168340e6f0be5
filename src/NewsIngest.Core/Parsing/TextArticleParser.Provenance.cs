using NewsIngest.Core.Model;

namespace NewsIngest.Core.Parsing;

public static partial class TextArticleParser
{
    /// <summary>The outlet in order of trust (header, byline, masthead line, dateline agency, copyright line) and where it came from.</summary>
    private static (string? Source, string? From) SourceOf(HeaderFields fields, FrontMatter front, Dateline? dateline, IReadOnlyList<BoilerplateRemoval> removed) =>
        fields.Source is { } header ? (header, "header")
        : front.Byline?.Source is { } byline ? (byline, "byline")
        : front.Source is { } masthead ? (masthead, "text")
        : dateline?.Agency is { } agency ? (agency, "dateline")
        : CopyrightHolder(removed) is { } holder ? (holder, "copyright")
        : (null, null);

    /// <summary>Where each field of a text article came from; <c>published</c> uses the <c>date_source</c> word.</summary>
    private static IReadOnlyDictionary<string, string> ProvenanceOf(HeaderFields fields, FrontMatter front, string? published, DateSource dateSource, IReadOnlyList<string> authors, string? sourceFrom) =>
        Provenance.Of(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["title"] = front.Title is null ? null : fields.Title is not null ? "header" : "text",
            ["published"] = published is null ? null : dateSource.ToContractString(),
            ["authors"] = authors.Count == 0 ? null : fields.Authors.Count > 0 ? "header" : "byline",
            ["source"] = sourceFrom,
        });
}
