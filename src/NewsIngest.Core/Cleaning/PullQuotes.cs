using NewsIngest.Core.Model;
using NewsIngest.Core.Text;

namespace NewsIngest.Core.Cleaning;

/// <summary>
/// A pull quote is a short paragraph that repeats words of a longer paragraph of the same article
/// (quotes and punctuation aside). Short lines are left alone: a section heading ("Are we going to invade
/// Venezuela?") may echo the paragraph under it and is part of the article.
/// </summary>
public static class PullQuotes
{
    public const int MinWords = 8;
    public const int MaxWords = 60;

    /// <summary>Paragraphs are indexed by their three-word windows, so only likely hosts are searched.</summary>
    private const int KeyWords = 3;

    public static void Mark(IReadOnlyList<string> paragraphs, string?[] reasons)
    {
        var folded = new string?[paragraphs.Count];
        var hosts = new Dictionary<int, List<int>>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (reasons[i] is null)
            {
                folded[i] = $" {FoldedText.Fold(paragraphs[i])} ";
                IndexWindows(folded[i]!, i, hosts);
            }
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (folded[i] is not { } quote || FoldedText.Words(quote.Trim()) is < MinWords or > MaxWords
                || !hosts.TryGetValue(WindowHash(quote, 1), out var candidates))
            {
                continue;
            }

            foreach (var j in candidates)
            {
                if (j != i && reasons[j] is null && folded[j] is { } other && other.Length > quote.Length
                    && other.Contains(quote, StringComparison.Ordinal))
                {
                    reasons[i] = BoilerplateReasons.PullQuote;
                    break;
                }
            }
        }
    }

    private static void IndexWindows(string folded, int paragraph, Dictionary<int, List<int>> hosts)
    {
        for (var start = 1; start < folded.Length; start = folded.IndexOf(' ', start) + 1)
        {
            if (WindowEnd(folded, start) < 0)
            {
                break;
            }

            var hash = WindowHash(folded, start);
            if (!hosts.TryGetValue(hash, out var list))
            {
                hosts[hash] = list = [];
            }

            if (list.Count == 0 || list[^1] != paragraph)
            {
                list.Add(paragraph);
            }
        }
    }

    private static int WindowHash(string folded, int start)
    {
        var end = WindowEnd(folded, start);
        return end < 0 ? 0 : string.GetHashCode(folded.AsSpan(start, end - start), StringComparison.Ordinal);
    }

    /// <summary>The index of the space after the <see cref="KeyWords"/>-th word from <paramref name="start"/>, or -1.</summary>
    private static int WindowEnd(string folded, int start)
    {
        var at = start;
        for (var w = 0; w < KeyWords; w++)
        {
            at = folded.IndexOf(' ', at);
            if (at < 0)
            {
                return -1;
            }

            at++;
        }

        return at - 1;
    }
}
