using System.Globalization;

namespace NewsIngest.Core.Search;

/// <summary>
/// Reads what people type into a search box into a <see cref="SearchQuery"/>. The syntax, and nothing else:
/// <list type="bullet">
/// <item>words, all of which must match; punctuation inside or around a word is text, never syntax
/// (<c>Blair's</c>, <c>U.S.</c>, <c>e-mail</c>, <c>$1.13bn</c>, <c>76%</c>);</item>
/// <item><c>"a phrase"</c>: its words in this order;</item>
/// <item><c>a OR b</c> (upper case): either; OR binds tighter than the implied AND;</item>
/// <item><c>-word</c> or <c>NOT word</c>: articles holding it are left out (a minus inside a word is text);</item>
/// <item><c>word*</c>: any word beginning so;</item>
/// <item><c>title:word</c> or <c>title:"a phrase"</c>: in the title.</item>
/// </list>
/// Repeated terms count once. Pure and engine-neutral: engines translate the result.
/// </summary>
public static class SearchQueryParser
{
    private const string TitlePrefix = "title:";

    /// <exception cref="SearchQueryException">Empty, only exclusions, or beyond <see cref="SearchQueryLimits"/>.</exception>
    public static SearchQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > SearchQueryLimits.MaxLength)
        {
            throw new SearchQueryException(
                $"the search query is {N(text.Length)} characters long; at most {N(SearchQueryLimits.MaxLength)} are accepted: search for fewer words");
        }

        var required = new List<List<SearchTerm>>();
        var excluded = new List<List<SearchTerm>>();
        List<SearchTerm>? last = null;
        var or = false;
        var not = false;
        foreach (var token in Tokens(text))
        {
            if (!token.Quoted && !token.Negated && token.Field == SearchField.Any)
            {
                switch (token.Text)
                {
                    case "OR":
                        or = last is not null;
                        continue;
                    case "NOT":
                        not = true;
                        continue;
                    case "AND":
                        continue;
                }
            }

            var term = Term(token);
            if (term is null)
            {
                continue;
            }

            if (or && last is not null)
            {
                // OR joins this term to the group before it; a minus or NOT before the group covers all of it.
                if (!last.Contains(term))
                {
                    last.Add(term);
                }
            }
            else
            {
                last = [term];
                (token.Negated || not ? excluded : required).Add(last);
            }

            or = false;
            not = false;
        }

        var query = new SearchQuery(Distinct(required), Distinct(excluded));
        if (query.Required.Count == 0)
        {
            throw new SearchQueryException(query.Excluded.Count == 0
                ? "the search query has no words: give words to search for"
                : "the search query only leaves words out: give at least one word to search for");
        }

        var terms = query.Terms.Count();
        if (terms > SearchQueryLimits.MaxTerms)
        {
            throw new SearchQueryException(
                $"the search query has {N(terms)} different terms; at most {SearchQueryLimits.MaxTerms} are accepted: search for fewer words");
        }

        return query;
    }

    private static SearchTerm? Term(Token token)
    {
        var text = token.Text;
        var prefix = false;
        if (!token.Quoted)
        {
            // A trailing * asks for a prefix; stray stars elsewhere are not text anyone searches for.
            prefix = text.EndsWith('*');
            text = text.Trim('*');
        }
        else
        {
            prefix = token.Star;
        }

        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Any(char.IsLetterOrDigit) ? new SearchTerm(text, prefix, token.Field, token.Quoted) : null;
    }

    private static List<SearchGroup> Distinct(List<List<SearchTerm>> groups)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<SearchGroup>();
        foreach (var group in groups)
        {
            var key = string.Join('\u0001', group.Select(t => $"{t.Field}\u0002{t.Prefix}\u0002{t.Quoted}\u0002{t.Text.ToUpperInvariant()}").Order(StringComparer.Ordinal));
            if (seen.Add(key))
            {
                result.Add(new SearchGroup(group));
            }
        }

        return result;
    }

    private static IEnumerable<Token> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negated = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                negated = true;
                i++;
            }

            var field = SearchField.Any;
            if (text.AsSpan(i).StartsWith(TitlePrefix, StringComparison.OrdinalIgnoreCase)
                && i + TitlePrefix.Length < text.Length && !char.IsWhiteSpace(text[i + TitlePrefix.Length]))
            {
                field = SearchField.Title;
                i += TitlePrefix.Length;
            }

            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
                var star = i < text.Length && text[i] == '*';
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                yield return new Token(phrase, negated, field, Quoted: true, star);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                yield return new Token(text[start..i], negated, field, Quoted: false, Star: false);
            }
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private readonly record struct Token(string Text, bool Negated, SearchField Field, bool Quoted, bool Star);
}
