using NewsIngest.Core.Model;
using NewsIngest.Core.Text;

namespace NewsIngest.Core.Cleaning;

/// <summary>
/// A pull quote is a short quotation set off as its own paragraph that repeats words of a longer paragraph of
/// the same article (quotes and punctuation aside). Short lines are left alone: a section heading ("Are we going to invade
/// Venezuela?") may echo the paragraph under it and is part of the article.
/// </summary>
public static class PullQuotes
{
    public const int MinWords = 8;
    public const int MaxWords = 60;

    public static void Mark(IReadOnlyList<string> paragraphs, string?[] reasons)
    {
        var folded = new string?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            folded[i] = reasons[i] is null ? FoldedText.Fold(paragraphs[i]) : null;
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (folded[i] is not { Length: > 0 } quote || FoldedText.Words(quote) is < MinWords or > MaxWords || !OpensWithQuote(paragraphs[i]))
            {
                continue;
            }

            for (var j = 0; j < paragraphs.Count; j++)
            {
                if (j != i && reasons[j] is null && folded[j] is { } other && other.Length > quote.Length && ContainsWords(other, quote))
                {
                    reasons[i] = BoilerplateReasons.PullQuote;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Pull quotes are set off as quotations. Wire copy and Usenet posts repeat plain sentences (corrections,
    /// re-sends, code) that are not pull quotes and stay.
    /// </summary>
    private static bool OpensWithQuote(string paragraph) =>
        paragraph.TrimStart() is { Length: > 0 } p && p[0] is '"' or '\'' or '“' or '‘' or '«' or '„' or '‚' or '»';

    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="text"/> on word boundaries (both are folded).</summary>
    private static bool ContainsWords(string text, string words)
    {
        // The vectorised ordinal search does the heavy lifting; boundaries are checked on the few hits.
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
