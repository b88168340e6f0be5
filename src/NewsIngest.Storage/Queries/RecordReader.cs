using System.Data.Common;
using NewsIngest.Core.Model;
using NewsIngest.Core.Serialization;

namespace NewsIngest.Storage.Queries;

/// <summary>Rows of <c>articles a</c> back into contract records; the JSON columns are parsed with the contract JSON.</summary>
internal static class RecordReader
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Columns =
        "a.id, a.path, a.sha256, a.title, a.published, a.date_source, a.authors, a.source, a.dateline, a.body, " +
        "a.word_count, a.language, a.duplicate_of, a.duplicate_kind, a.similarity, a.boilerplate, a.warnings, a.provenance, a.modified, a.url, a.fetched";

    /// <summary>The record of the current row, selected with <see cref="Columns"/> (then rank and snippet when <paramref name="withSearchColumns"/>).</summary>
    public static ArticleRecord Read(DbDataReader r, bool withSearchColumns) => new()
    {
        Id = r.GetInt64(0),
        Path = r.GetString(1),
        Sha256 = r.GetString(2),
        Title = Text(r, 3),
        Published = Text(r, 4),
        DateSource = r.GetString(5),
        Authors = RecordJson.Deserialize<IReadOnlyList<string>>(r.GetString(6)) ?? [],
        Source = Text(r, 7),
        Dateline = Text(r, 8),
        Body = r.GetString(9),
        WordCount = r.GetInt32(10),
        Language = Text(r, 11),
        DuplicateOf = r.IsDBNull(12) ? null : r.GetInt64(12),
        DuplicateKind = Text(r, 13),
        Similarity = r.IsDBNull(14) ? null : r.GetDouble(14),
        Boilerplate = RecordJson.Deserialize<IReadOnlyList<BoilerplateRemoval>>(r.GetString(15)) ?? [],
        Warnings = RecordJson.Deserialize<IReadOnlyList<ParseWarning>>(r.GetString(16)) ?? [],
        Provenance = RecordJson.Deserialize<IReadOnlyDictionary<string, string>>(r.GetString(17)) ?? Provenance.None,
        Modified = Text(r, 18),
        Url = Text(r, 19),
        Fetched = Text(r, 20),
        Rank = withSearchColumns ? r.GetDouble(21) : null,
        Snippet = withSearchColumns ? Text(r, 22) ?? "" : null,
    };

    private static string? Text(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
