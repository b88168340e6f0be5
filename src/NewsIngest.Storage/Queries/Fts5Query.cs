using System.Text;
using NewsIngest.Core.Search;

namespace NewsIngest.Storage.Queries;

/// <summary>
/// A <see cref="SearchQuery"/> as an FTS5 MATCH expression. Every term is a double-quoted FTS5 string, so FTS5
/// splits it with the index's own tokenizer and matches the pieces as a phrase: <c>U.S.</c> finds "U.S.", and
/// nothing a user types can be read as FTS5 syntax (a quote inside is doubled).
/// </summary>
public static class Fts5Query
{
    public static string From(SearchQuery query)
    {
        var required = string.Join(" AND ", query.Required.Select(Group));
        return query.Excluded.Count == 0
            ? required
            : $"({required}) NOT ({string.Join(" OR ", query.Excluded.Select(Group))})";
    }

    private static string Group(SearchGroup group) =>
        group.Alternatives.Count == 1 ? Term(group.Alternatives[0]) : $"({string.Join(" OR ", group.Alternatives.Select(Term))})";

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
