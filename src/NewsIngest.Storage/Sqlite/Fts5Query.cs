using System.Text;
using NewsIngest.Core.Search;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// A <see cref="SearchQuery"/> as an FTS5 MATCH expression. Every term is a double-quoted FTS5 string, so FTS5
/// splits it with the index's own tokenizer and matches the pieces as a phrase: <c>U.S.</c> finds "U.S.", and
/// nothing a user types can be read as FTS5 syntax (a quote inside is doubled). A plain word also matches its
/// inflections (<see cref="WordForms"/>); a "quoted" word matches itself only.
/// </summary>
public static class Fts5Query
{
    /// <param name="query">The parsed query.</param>
    /// <param name="wordForms">Plain words also match their inflections (the search default).</param>
    public static string From(SearchQuery query, bool wordForms = true)
    {
        var required = string.Join(" AND ", query.Required.Select(g => Group(g, wordForms)));
        return query.Excluded.Count == 0
            ? required
            : $"({required}) NOT ({string.Join(" OR ", query.Excluded.Select(g => Group(g, wordForms)))})";
    }

    private static string Group(SearchGroup group, bool wordForms)
    {
        var terms = group.Alternatives.SelectMany(t => wordForms ? Forms(t) : [Term(t)]).Distinct(StringComparer.Ordinal).ToList();
        return terms.Count == 1 ? terms[0] : $"({string.Join(" OR ", terms)})";
    }

    /// <summary>A plain word with its inflections (<see cref="WordForms"/>); a quoted word, a phrase or a prefix as it is.</summary>
    private static IEnumerable<string> Forms(SearchTerm term) =>
        term is { Quoted: false, Prefix: false } && !term.Text.Contains(' ', StringComparison.Ordinal)
            ? WordForms.Of(term.Text).Select(form => Term(term with { Text = form }))
            : [Term(term)];

    /// <summary>One term: <c>"text"</c>, <c>"text" *</c> for a prefix, behind <c>title :</c> for the title.</summary>
    public static string Term(SearchTerm term)
    {
        var text = new StringBuilder();
        if (term.Field == SearchField.Title)
        {
            text.Append("title : ");
        }

        text.Append('"').Append(term.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        if (term.Prefix)
        {
            text.Append(" *");
        }

        return text.ToString();
    }
}
