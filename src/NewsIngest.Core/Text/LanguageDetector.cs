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

        var sample = text.AsSpan(0, Math.Min(text.Length, 20_000));
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

    private static string? ByStopWords(ReadOnlySpan<char> text, bool cyrillic)
    {
        var profiles = cyrillic ? LanguageProfiles.Cyrillic : LanguageProfiles.Latin;
        var index = (cyrillic ? LanguageProfiles.CyrillicIndex : LanguageProfiles.LatinIndex).GetAlternateLookup<ReadOnlySpan<char>>();
        var longest = cyrillic ? LanguageProfiles.CyrillicLongest : LanguageProfiles.LatinLongest;
        var hits = new int[profiles.Length];
        var words = 0;
        Span<char> word = stackalloc char[longest];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && IsWordChar(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var length = i - start;
                start = -1;
                if (++words > MaxWordsRead)
                {
                    break;
                }

                // A word longer than every function word cannot be one: it is counted, not looked up.
                if (length > longest)
                {
                    continue;
                }

                // Lower-cased, curly apostrophe made straight, without a string per word; the index maps a function
                // word to the bit set of the languages that use it.
                for (var k = 0; k < length; k++)
                {
                    var c = text[i - length + k];
                    word[k] = c == '’' ? '\'' : char.ToLowerInvariant(c);
                }

                if (index.TryGetValue(word[..length], out var languages))
                {
                    for (var p = 0; p < profiles.Length; p++)
                    {
                        if ((languages & (1 << p)) != 0)
                        {
                            hits[p]++;
                        }
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

    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'' || c == '’';
}
