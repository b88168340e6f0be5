using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        var at = 0;
        while (true)
        {
            while (at < text.Length && !IsWordChar(text[at]))
            {
                at++;
            }

            if (at == text.Length)
            {
                break;
            }

            var start = at;
            while (at < text.Length && IsWordChar(text[at]))
            {
                at++;
            }

            if (++words > MaxWordsRead)
            {
                break;
            }

            // A word longer than every function word cannot be one: it is counted, not looked up.
            var length = at - start;
            if (length <= longest)
            {
                var (low, high) = Key(text, start, length);
                for (var languages = index.Languages(low, high); languages != 0; languages &= languages - 1)
                {
                    hits[BitOperations.TrailingZeroCount(languages)]++;
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

    /// <summary>
    /// The packed key (see <see cref="FunctionWordIndex"/>) of a word of at most <see cref="FunctionWordIndex.MaxLength"/>
    /// chars: lower-cased, curly apostrophe made straight. An ASCII word is lower-cased eight chars at once.
    /// </summary>
    private static (ulong Low, ulong High) Key(ReadOnlySpan<char> text, int start, int length)
    {
        if (start + FunctionWordIndex.MaxLength <= text.Length)
        {
            var chars = Vector128.Create(MemoryMarshal.Cast<char, ushort>(text.Slice(start, FunctionWordIndex.MaxLength)));
            chars &= Vector128.LessThan(Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7), Vector128.Create((ushort)length));
            if ((chars & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero)
            {
                var upper = Vector128.LessThan(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
                var key = (chars | (upper & Vector128.Create((ushort)0x20))).AsUInt64();
                return (key.GetElement(0), key.GetElement(1));
            }
        }

        ulong low = 0, high = 0;
        for (var k = 0; k < length; k++)
        {
            FunctionWordIndex.Pack(ref low, ref high, k, Lower(text[start + k]));
        }

        return (low, high);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetter(c) || c == '\'' : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) => char.IsLetter(c) || c == '’';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c) => char.IsAscii(c) ? (char)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) : NonAsciiLower(c);

    private static char NonAsciiLower(char c) => c == '’' ? '\'' : char.ToLowerInvariant(c);
}
