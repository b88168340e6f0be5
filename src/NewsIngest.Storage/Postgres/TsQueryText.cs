using System.Text;

namespace NewsIngest.Storage.Postgres;

/// <summary>
/// Turns the search syntax users type (as FTS5 reads it) into PostgreSQL <c>tsquery</c> text for
/// <c>to_tsquery('simple', ...)</c>: words (all must match), <c>"phrases"</c>, <c>OR</c>, <c>AND</c>, <c>NOT word</c>
/// and <c>-word</c>, <c>prefix*</c>, <c>title:word</c> and parentheses. Every operand is quoted, so no user text is
/// read as tsquery syntax; the server splits and folds each operand as it does the indexed text.
/// </summary>
public static class TsQueryText
{
    /// <exception cref="FormatException">The query is empty, or its quotes or parentheses do not close.</exception>
    public static string Translate(string query)
    {
        var tokens = Tokenize(query);
        var position = 0;
        var result = ParseOr(tokens, ref position);
        if (position < tokens.Count)
        {
            throw new FormatException($"unexpected '{tokens[position].Text}'");
        }

        return result;
    }

    private enum Kind
    {
        Word,
        Phrase,
        Open,
        Close,
    }

    private readonly record struct Token(Kind Kind, string Text, bool Prefix = false, bool Negated = false, bool Title = false);

    private static string ParseOr(List<Token> tokens, ref int position)
    {
        var parts = new List<string> { ParseAnd(tokens, ref position) };
        while (position < tokens.Count && IsKeyword(tokens[position], "OR"))
        {
            position++;
            parts.Add(ParseAnd(tokens, ref position));
        }

        return parts.Count == 1 ? parts[0] : "(" + string.Join(" | ", parts) + ")";
    }

    private static string ParseAnd(List<Token> tokens, ref int position)
    {
        var parts = new List<string>();
        while (position < tokens.Count && tokens[position].Kind != Kind.Close && !IsKeyword(tokens[position], "OR"))
        {
            if (IsKeyword(tokens[position], "AND"))
            {
                position++;
                continue;
            }

            var negate = false;
            if (IsKeyword(tokens[position], "NOT"))
            {
                negate = true;
                position++;
            }

            var operand = ParseOperand(tokens, ref position);
            parts.Add(negate ? "!" + operand : operand);
        }

        if (parts.Count == 0)
        {
            throw new FormatException(position < tokens.Count ? $"nothing before '{tokens[position].Text}'" : "a search needs at least one word");
        }

        return parts.Count == 1 ? parts[0] : "(" + string.Join(" & ", parts) + ")";
    }

    private static string ParseOperand(List<Token> tokens, ref int position)
    {
        if (position >= tokens.Count)
        {
            throw new FormatException("a word is missing at the end");
        }

        var token = tokens[position++];
        switch (token.Kind)
        {
            case Kind.Open:
                var inner = ParseOr(tokens, ref position);
                if (position >= tokens.Count || tokens[position].Kind != Kind.Close)
                {
                    throw new FormatException("a '(' is not closed");
                }

                position++;
                return inner;
            case Kind.Close:
                throw new FormatException("a ')' has no '('");
            default:
                var operand = Quote(token.Text);
                var weights = token.Title ? "A" : "";
                if (token.Prefix || weights.Length > 0)
                {
                    operand += ":" + (token.Prefix ? "*" : "") + weights;
                }

                return token.Negated ? "!" + operand : operand;
        }
    }

    private static bool IsKeyword(Token token, string keyword) => token.Kind == Kind.Word && !token.Prefix && !token.Negated && !token.Title && token.Text == keyword;

    /// <summary>A tsquery operand: single-quoted, quotes and backslashes escaped.</summary>
    private static string Quote(string text) =>
        "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static List<Token> Tokenize(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? Kind.Open : Kind.Close, c.ToString()));
                i++;
                continue;
            }

            var negated = false;
            if (c == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]))
            {
                negated = true;
                i++;
            }

            var title = false;
            if (string.CompareOrdinal(query, i, "title:", 0, 6) == 0 && i + 6 < query.Length && !char.IsWhiteSpace(query[i + 6]))
            {
                title = true;
                i += 6;
            }

            if (query[i] == '"')
            {
                var close = query.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw new FormatException("a '\"' is not closed");
                }

                var phrase = query[(i + 1)..close];
                i = close + 1;
                var prefix = i < query.Length && query[i] == '*';
                if (prefix)
                {
                    i++;
                }

                if (phrase.Trim().Length > 0)
                {
                    tokens.Add(new Token(Kind.Phrase, phrase, prefix, negated, title));
                }

                continue;
            }

            var word = new StringBuilder();
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"'))
            {
                word.Append(query[i++]);
            }

            var text = word.ToString();
            var star = text.EndsWith('*');
            if (star)
            {
                text = text.TrimEnd('*');
            }

            if (text.Length > 0)
            {
                tokens.Add(new Token(Kind.Word, text, star, negated, title));
            }
        }

        return tokens;
    }
}
