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
        // Folded lazily: most paragraphs open with no quote, and folding never lengthens a text, so one no longer
        // than the quote's folded form cannot hold it and is never folded either.
        var folded = new string?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (reasons[i] is not null || !OpensWithQuote(paragraphs[i]))
            {
                continue;
            }

            var quote = folded[i] ??= FoldedText.Fold(paragraphs[i]);
            if (quote.Length == 0 || FoldedText.Words(quote) is < MinWords or > MaxWords)
            {
                continue;
            }

            for (var j = 0; j < paragraphs.Count; j++)
            {
                if (j != i && reasons[j] is null && paragraphs[j].Length > quote.Length
                    && (folded[j] ??= FoldedText.Fold(paragraphs[j])) is { } other && other.Length > quote.Length && ContainsWords(other, quote))
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
