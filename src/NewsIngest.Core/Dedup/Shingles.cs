namespace NewsIngest.Core.Dedup;

/// <summary>Hashed word shingles (runs of <c>size</c> consecutive words of <see cref="DedupText"/>).</summary>
public static class Shingles
{
    /// <summary>
    /// The set of shingle hashes, sorted ascending without repeats (so set operations are linear merges).
    /// A body shorter than <paramref name="size"/> words yields one shingle of all its words; an empty body none.
    /// </summary>
    public static ulong[] Words(string text, int size)
    {
        var sequence = Sequence(text, size);
        return ToSet(sequence);
    }

    /// <summary>Shingle hashes in text order, repeats kept: the anchor keys need positions, not just membership.</summary>
    public static ulong[] Sequence(string text, int size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new ulong[Math.Max(16, text.Length / 6)];
        var count = DedupText.Scan(text, ref words, out _);
        return FromWords(words.AsSpan(0, count), size);
    }

    /// <summary>Shingles in text order from word hashes (as <see cref="DedupText"/> scans them).</summary>
    internal static ulong[] FromWords(ReadOnlySpan<ulong> words, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (words.Length == 0)
        {
            return [];
        }

        var result = new ulong[CountOf(words.Length, size)];
        FromWords(words, size, result);
        return result;
    }

    /// <summary>How many shingles <paramref name="words"/> words make: one per window, one when shorter, none when empty.</summary>
    internal static int CountOf(int words, int size) => words == 0 ? 0 : words - Math.Min(size, words) + 1;

    /// <summary>Writes the shingles of <paramref name="words"/> into <paramref name="result"/>, exactly <see cref="CountOf"/> long.</summary>
    internal static void FromWords(ReadOnlySpan<ulong> words, int size, Span<ulong> result)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (words.Length == 0)
        {
            return;
        }

        var window = Math.Min(size, words.Length);
        var start = Hash64.CombineEight(words, window, result);
        for (; start < result.Length; start++)
        {
            var h = (ulong)window;
            for (var k = 0; k < window; k++)
            {
                h = Hash64.Combine(h, words[start + k]);
            }

            result[start] = h;
        }
    }

    /// <summary>Sorts and removes repeats, returning a new array.</summary>
    public static ulong[] ToSet(ReadOnlySpan<ulong> hashes)
    {
        var copy = hashes.ToArray();
        RadixSort.Sort(copy);
        var unique = 0;
        for (var i = 0; i < copy.Length; i++)
        {
            if (unique == 0 || copy[i] != copy[unique - 1])
            {
                copy[unique++] = copy[i];
            }
        }

        return unique == copy.Length ? copy : copy[..unique];
    }
}
