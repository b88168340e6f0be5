using System.Text;
using NewsIngest.Core.Search;

namespace NewsIngest.Storage.Postgres;

/// <summary>
/// A <see cref="SearchQuery"/> as PostgreSQL <c>tsquery</c> text, for <c>to_tsquery('simple', ...)</c>: groups joined
/// by <c>&amp;</c>, alternatives by <c>|</c>, exclusions as <c>&amp; !(...)</c>. Every word is a single-quoted operand
/// (quotes and backslashes escaped), so nothing a user types is read as tsquery syntax; the server splits each operand
/// with the same parser as the indexed text and matches its pieces in order, as FTS5 does with a quoted string. The
/// words of a phrase are joined by <c>&lt;-&gt;</c> (next to each other); a prefix marks the last word <c>:*</c>, a
/// title term every word <c>:A</c> (the title's weight in the search vector).
/// </summary>
public static class TsQuery
{
    public static string From(SearchQuery query)
    {
        var required = string.Join(" & ", query.Required.Select(Group));
        return query.Excluded.Count == 0
            ? required
            : $"{required} & !({string.Join(" | ", query.Excluded.Select(Group))})";
    }

    private static string Group(SearchGroup group) =>
        group.Alternatives.Count == 1 ? Term(group.Alternatives[0]) : $"({string.Join(" | ", group.Alternatives.Select(Term))})";

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
