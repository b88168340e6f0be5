using System.Numerics;
using System.Runtime.CompilerServices;

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
        var index = cyrillic ? LanguageProfiles.CyrillicIndex : LanguageProfiles.LatinIndex;
        var longest = index.Longest;
        Span<int> hits = stackalloc int[profiles.Length];
        hits.Clear();
        var words = 0;
        var length = 0;
        ulong low = 0, high = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsWordChar(c))
            {
                // Lower-cased, curly apostrophe made straight, into the word's packed key as it is read.
                if (length < FunctionWordIndex.MaxLength)
                {
                    FunctionWordIndex.Pack(ref low, ref high, length, Lower(c));
                }

                length++;
                continue;
            }

            if (length == 0)
            {
                continue;
            }

            if (++words > MaxWordsRead)
            {
                break;
            }

            // A word longer than every function word cannot be one: it is counted, not looked up.
            if (length <= longest)
            {
                for (var languages = index.Languages(low, high); languages != 0; languages &= languages - 1)
                {
                    hits[BitOperations.TrailingZeroCount(languages)]++;
                }
            }

            length = 0;
            low = high = 0;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetter(c) || c == '\'' : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) => char.IsLetter(c) || c == '’';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c) => char.IsAscii(c) ? (char)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) : NonAsciiLower(c);

    private static char NonAsciiLower(char c) => c == '’' ? '\'' : char.ToLowerInvariant(c);
}
