using System.Numerics;

namespace NewsIngest.Core.Text;

/// <summary>
/// Function word to the bit set of the profiles that hold it (bit i = profile i), keyed by the word's chars packed
/// into two 64-bit integers: a word is looked up while it is read, with no string, span hashing or comparer call.
/// Every function word is at most <see cref="MaxLength"/> chars, so the packed key is exact.
/// </summary>
internal sealed class FunctionWordIndex
{
    /// <summary>Chars a packed key holds: four per 64-bit half.</summary>
    public const int MaxLength = 8;

    private readonly ulong[] _low;
    private readonly ulong[] _high;
    private readonly int[] _languages;
    private readonly int _shift;

    public FunctionWordIndex(LanguageProfile[] profiles)
    {
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < profiles.Length; i++)
        {
            foreach (var word in profiles[i].Words)
            {
                bits[word] = bits.GetValueOrDefault(word) | (1 << i);
            }
        }

        // Open addressing at most a quarter full: a miss, the common case, usually ends on the first empty slot.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)bits.Count * 4);
        _shift = 64 - BitOperations.Log2((uint)size);
        _low = new ulong[size];
        _high = new ulong[size];
        _languages = new int[size];
        foreach (var (word, languages) in bits)
        {
            if (word.Length is 0 or > MaxLength)
            {
                throw new InvalidOperationException($"function word '{word}' is longer than the {MaxLength} chars a packed key holds");
            }

            ulong low = 0, high = 0;
            for (var k = 0; k < word.Length; k++)
            {
                Pack(ref low, ref high, k, word[k]);
            }

            var slot = Slot(low, high);
            while (_languages[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            (_low[slot], _high[slot], _languages[slot]) = (low, high, languages);
        }

        Longest = bits.Keys.Max(w => w.Length);
    }

    /// <summary>Length of the longest function word: longer words need no lookup.</summary>
    public int Longest { get; }

    /// <summary>Puts the char at <paramref name="position"/> (below <see cref="MaxLength"/>) of a word into its key.</summary>
    public static void Pack(ref ulong low, ref ulong high, int position, char c)
    {
        if (position < 4)
        {
            low |= (ulong)c << (16 * position);
        }
        else
        {
            high |= (ulong)c << (16 * (position - 4));
        }
    }

    /// <summary>The profiles holding the word with this key (chars are never <c>'\0'</c>, so the key is unique), or 0.</summary>
    public int Languages(ulong low, ulong high)
    {
        var mask = _languages.Length - 1;
        for (var slot = Slot(low, high); ; slot = (slot + 1) & mask)
        {
            var languages = _languages[slot];
            if (languages == 0 || (_low[slot] == low && _high[slot] == high))
            {
                return languages;
            }
        }
    }

    private int Slot(ulong low, ulong high) => (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> _shift);
}
