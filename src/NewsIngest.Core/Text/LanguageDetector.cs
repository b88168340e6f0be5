namespace NewsIngest.Core.Text;

/// <summary>
/// Tells the language of a text (ISO 639-1) from its script and, for Latin and Cyrillic text, from how many of its
/// words are the language's most frequent function words. Small and dependency-free; null when the text is too short
/// or no language clearly wins.
/// </summary>
public static class LanguageDetector
{
    private const int MinLetters = 20;
    private const int MinWords = 5;
    private const int MaxWordsRead = 400;

    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sample = text.Length > 20_000 ? text[..20_000] : text;
        var scripts = ScriptCounts.Of(sample);
        if (scripts.Letters < MinLetters)
        {
            return null;
        }

        if (scripts.Dominant() is { } byScript)
        {
            return byScript;
        }

        return ByStopWords(sample, scripts.IsCyrillic);
    }

    private static string? ByStopWords(string text, bool cyrillic)
    {
        var profiles = cyrillic ? LanguageProfiles.Cyrillic : LanguageProfiles.Latin;
        var index = cyrillic ? LanguageProfiles.CyrillicIndex : LanguageProfiles.LatinIndex;
        var hits = new int[profiles.Length];
        var words = 0;
        foreach (var word in Words(text))
        {
            if (++words > MaxWordsRead)
            {
                break;
            }

            // One lookup per word: the index maps a function word to the bit set of the languages that use it.
            if (index.TryGetValue(word, out var languages))
            {
                for (var i = 0; i < profiles.Length; i++)
                {
                    if ((languages & (1 << i)) != 0)
                    {
                        hits[i]++;
                    }
                }
            }
        }

        if (words < MinWords)
        {
            return null;
        }

        var best = -1;
        var second = -1;
        for (var i = 0; i < hits.Length; i++)
        {
            if (best < 0 || hits[i] > hits[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || hits[i] > hits[second])
            {
                second = i;
            }
        }

        // Function words make up a third or more of running text; a tenth at least, and a clear lead, or no answer.
        var share = (double)hits[best] / Math.Min(words, MaxWordsRead);
        var lead = second < 0 ? hits[best] : hits[best] - hits[second];
        return share >= 0.1 && hits[best] >= 3 && lead >= Math.Max(2, hits[best] * 0.15) ? profiles[best].Code : null;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'' || text[i] == '’');
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                yield return word.Contains('’', StringComparison.Ordinal) ? word.Replace('’', '\'') : word;
                start = -1;
            }
        }
    }
}
