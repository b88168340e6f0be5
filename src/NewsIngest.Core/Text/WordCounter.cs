using System.Runtime.CompilerServices;

namespace NewsIngest.Core.Text;

/// <summary>Counts words the way <c>word_count</c> promises: maximal runs of letters or digits, joined by inner apostrophes or hyphens.</summary>
public static class WordCounter
{
    private const int Other = 0;
    private const int LetterOrDigit = 1;
    private const int Joiner = 2;

    public static int Count(ReadOnlySpan<char> text)
    {
        // Branch-free per char: a letter or digit starts a word when none is open; a joiner ("don't",
        // "well-known") keeps an open word open, so a following letter continues it; anything else closes it.
        var count = 0;
        var inWord = 0;
        foreach (var c in text)
        {
            var kind = c < 128 ? AsciiKinds[c] : NonAsciiKind(c);
            var letter = kind & LetterOrDigit;
            count += letter & (inWord ^ 1);
            inWord = letter | ((kind >> 1) & inWord);
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NonAsciiKind(char c) => char.IsLetterOrDigit(c) ? LetterOrDigit : c == '\u2019' ? Joiner : Other;

    /// <summary>ASCII char to its kind: <see cref="LetterOrDigit"/>, <see cref="Joiner"/> (<c>'</c> and <c>-</c>) or <see cref="Other"/>.</summary>
    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];
}
