using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// Stable 64-bit hashing: the same value on every run, process and machine (unlike <c>string.GetHashCode</c>),
/// because hashes end up in the store and must match across runs.
/// </summary>
internal static class Hash64
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The state before the first char of a streamed hash (<see cref="Step"/>, <see cref="Finish"/>).</summary>
    public const ulong Start = FnvOffset;

    /// <summary>FNV-1a over UTF-16 code units, finished with <see cref="Mix"/> so every bit depends on every char.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Start;
        foreach (var c in text)
        {
            h = Step(h, c);
        }

        return Finish(h);
    }

    /// <summary>Feeds one char; streaming gives the same value as <see cref="Of"/> on the whole text.</summary>
    public static ulong Step(ulong state, char c) => (state ^ c) * FnvPrime;

    public static ulong Finish(ulong state) => Mix(state);

    /// <summary>MurmurHash3's 64-bit finaliser: a bijection with full avalanche.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    /// <summary>Order-dependent combination of two hashes (so shingle "a b" differs from "b a").</summary>
    public static ulong Combine(ulong seed, ulong value) => Mix((seed * Golden) + value + 0x632BE59BD9B4E019UL);

    /// <summary>
    /// Shingle hashes eight at a time where 512-bit vectors run in hardware: <c>result[s]</c> = <see cref="Combine"/>
    /// folded over <c>words[s..s+window]</c> from the seed <c>window</c>, as the scalar loop computes it. Returns how
    /// many leading entries it wrote (a multiple of eight, or none); the caller finishes the rest.
    /// </summary>
    public static int CombineEight(ReadOnlySpan<ulong> words, int window, Span<ulong> result)
    {
        if (!Vector512.IsHardwareAccelerated)
        {
            return 0;
        }

        var width = Vector512<ulong>.Count;
        var done = 0;
        for (; done + width <= result.Length; done += width)
        {
            var h = Vector512.Create((ulong)window);
            for (var k = 0; k < window; k++)
            {
                h = MixEight((h * Golden) + Vector512.Create(words.Slice(done + k, width)) + Vector512.Create(0x632BE59BD9B4E019UL));
            }

            h.CopyTo(result[done..]);
        }

        return done;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> MixEight(Vector512<ulong> x)
    {
        x ^= Vector512.ShiftRightLogical(x, 33);
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= Vector512.ShiftRightLogical(x, 33);
        x *= 0xC4CEB9FE1A85EC53UL;
        return x ^ Vector512.ShiftRightLogical(x, 33);
    }
}
