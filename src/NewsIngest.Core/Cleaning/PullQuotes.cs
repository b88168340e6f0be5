using System.Buffers;
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

            var probe = Probe(quote);
            for (var j = 0; j < paragraphs.Count; j++)
            {
                if (j != i && reasons[j] is null && paragraphs[j].Length > quote.Length
                    && (folded[j] is not null || MayHold(paragraphs[j], probe))
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

    /// <summary>
    /// The longest run of ASCII letters and digits in a folded quote (empty when under three chars): a paragraph
    /// whose folded form holds the quote holds this run, which <see cref="MayHold"/> looks for without folding.
    /// </summary>
    private static ReadOnlySpan<char> Probe(string quote)
    {
        int best = 0, bestLength = 0, start = 0;
        for (var k = 0; k <= quote.Length; k++)
        {
            if (k < quote.Length && char.IsAsciiLetterOrDigit(quote[k]))
            {
                continue;
            }

            if (k - start > bestLength)
            {
                (best, bestLength) = (start, k - start);
            }

            start = k + 1;
        }

        return bestLength < 3 ? [] : quote.AsSpan(best, bestLength);
    }

    /// <summary>
    /// False only when the folded <paramref name="paragraph"/> cannot hold <paramref name="probe"/> (as from
    /// <see cref="Probe"/>). Folding lower-cases each letter or digit, turns other runs into one space and drops
    /// apostrophes; so, apostrophes dropped from the raw text too and no non-ASCII letter lower-casing into ASCII
    /// in it, an ASCII run of the folded text is also in the raw text, case aside: a vectorised search is enough.
    /// </summary>
    private static bool MayHold(string paragraph, ReadOnlySpan<char> probe)
    {
        var text = paragraph.AsSpan();
        if (probe.IsEmpty || text.ContainsAny(IntoAscii))
        {
            return true;
        }

        var at = text.IndexOfAny(Apostrophes);
        if (at < 0)
        {
            return text.Contains(probe, StringComparison.OrdinalIgnoreCase);
        }

        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        var length = 0;
        while (at >= 0)
        {
            text[..at].CopyTo(rented.AsSpan(length));
            length += at;
            text = text[(at + 1)..];
            at = text.IndexOfAny(Apostrophes);
        }

        text.CopyTo(rented.AsSpan(length));
        length += text.Length;
        var holds = rented.AsSpan(0, length).Contains(probe, StringComparison.OrdinalIgnoreCase);
        ArrayPool<char>.Shared.Return(rented);
        return holds;
    }

    /// <summary>The apostrophes folding drops (see <see cref="FoldedText"/>).</summary>
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'\u2018\u2019");

    /// <summary>Non-ASCII letters that lower-case into ASCII (the Kelvin sign, the dotted capital I).</summary>
    private static readonly SearchValues<char> IntoAscii = SearchValues.Create(
        [.. Enumerable.Range(0x80, 0x10000 - 0x80).Select(c => (char)c).Where(c => char.IsLetterOrDigit(c) && char.ToLowerInvariant(c) < 0x80)]);

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
