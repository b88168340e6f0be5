using System.Text;
using NewsIngest.Core.Search;

namespace NewsIngest.Storage.Postgres;

/// <summary>
/// A <see cref="SearchQuery"/> as PostgreSQL <c>tsquery</c> text, for <c>to_tsquery('simple', ...)</c>: groups joined
/// by <c>&amp;</c>, alternatives by <c>|</c>, exclusions as <c>&amp; !(...)</c>. Every word is a single-quoted operand
/// (quotes and backslashes escaped), so nothing a user types is read as tsquery syntax; the server splits each operand
/// with the same parser as the indexed text and matches its pieces in order, as FTS5 does with a quoted string. The
/// words of a phrase are joined by <c>&lt;-&gt;</c> (next to each other); a prefix marks the last word <c>:*</c>, a
/// title term every word <c>:A</c> (the title's weight in the search vector). A plain word also matches its inflections.
/// </summary>
public static class TsQuery
{
    /// <param name="query">The parsed query.</param>
    /// <param name="wordForms">Plain words also match their inflections (the search default).</param>
    public static string From(SearchQuery query, bool wordForms = true)
    {
        var required = string.Join(" & ", query.Required.Select(g => Group(g, wordForms)));
        return query.Excluded.Count == 0
            ? required
            : $"{required} & !({string.Join(" | ", query.Excluded.Select(g => Group(g, wordForms)))})";
    }

    private static string Group(SearchGroup group, bool wordForms)
    {
        var terms = group.Alternatives.SelectMany(t => wordForms ? Forms(t) : [Term(t)]).Distinct(StringComparer.Ordinal).ToList();
        return terms.Count == 1 ? terms[0] : $"({string.Join(" | ", terms)})";
    }

    /// <summary>A plain word with its inflections (<see cref="WordForms"/>), as the SQLite store expands it; a quoted word, a phrase or a prefix as it is.</summary>
    private static IEnumerable<string> Forms(SearchTerm term) =>
        term is { Quoted: false, Prefix: false } && !term.Text.Contains(' ', StringComparison.Ordinal)
            ? WordForms.Of(term.Text).Select(form => Term(term with { Text = form }))
            : [Term(term)];

    /// <summary>One term: its words as quoted operands in a row.</summary>
    public static string Term(SearchTerm term)
    {
        var words = term.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder("(");
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                text.Append(" <-> ");
            }

            text.Append('\'').Append(words[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append('\'');
            var prefix = term.Prefix && i == words.Length - 1;
            if (prefix || term.Field == SearchField.Title)
            {
                text.Append(':').Append(prefix ? "*" : "").Append(term.Field == SearchField.Title ? "A" : "");
            }
        }

        return text.Append(')').ToString();
    }
}
