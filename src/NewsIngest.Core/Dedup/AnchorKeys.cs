using System.Runtime.InteropServices;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// Candidate keys that survive cutting: whole-document MinHash cannot see an excerpt that keeps 40% of a story
/// (Jaccard 0.4), but every passage of the excerpt is still in the original. A shingle is an anchor when its hash
/// falls in the lowest 1/<c>AnchorSpacing</c> of the range — a choice made by content, not position, so the same
/// passage picks the same anchors in both bodies. Each pair of consecutive anchors becomes a key: a shared key
/// means a shared passage of roughly 2 × spacing words, which single common phrases rarely produce.
/// </summary>
public static class AnchorKeys
{
    private const ulong AnchorDomain = 0xA2C4000000000000UL;

    /// <summary>Keys of a shingle sequence in text order (see <see cref="Shingles.Sequence"/>), sorted, without repeats.</summary>
    public static ulong[] Keys(ReadOnlySpan<ulong> sequence, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var threshold = ulong.MaxValue / (ulong)options.AnchorSpacing;
        var keys = new List<ulong>(sequence.Length * 2 / options.AnchorSpacing + 1);
        ulong? previous = null;
        // An anchor spans two abutting shingles (2 × size words): common short phrases repeat across unrelated
        // bodies far more often than a longer window does, and each shared window pair costs a confirmation.
        var step = options.ShingleSize;
        for (var p = 0; p + step < sequence.Length; p++)
        {
            var shingle = Hash64.Combine(sequence[p], sequence[p + step]);
            // Rehash so the anchor choice is independent of the MinHash permutations of the same shingles.
            if (Hash64.Mix(shingle ^ AnchorDomain) > threshold)
            {
                continue;
            }

            if (previous is { } prior && prior != shingle)
            {
                keys.Add(Hash64.Combine(AnchorDomain ^ prior, shingle));
            }

            previous = shingle;
        }

        return Shingles.ToSet(CollectionsMarshal.AsSpan(keys));
    }
}
