namespace NewsIngest.Core.Dedup;

/// <summary>Computes <see cref="Fingerprint"/>s. Pure and thread-safe; hashers are cached per permutation count.</summary>
public static class Fingerprinter
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, MinHasher> Hashers = new();

    public static Fingerprint Compute(string body, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var normalized = DedupText.Normalize(body);
        var sequence = Shingles.Sequence(normalized, options.ShingleSize);
        var wordCount = normalized.Length == 0 ? 0 : normalized.AsSpan().Count(' ') + 1;
        var signature = Hasher(options).Compute(Shingles.ToSet(sequence));
        if (sequence.Length == 0)
        {
            // An empty body has nothing to be a copy of; without keys it never becomes a candidate.
            return new Fingerprint(Hash64.Of(normalized), signature, [], 0);
        }

        var bands = LshBands.Keys(signature, options);
        var anchors = AnchorKeys.Keys(sequence, options);
        var keys = Shingles.ToSet([.. bands, .. anchors]);
        return new Fingerprint(Hash64.Of(normalized), signature, keys, wordCount);
    }

    /// <summary>The shared hasher for the options' permutation count.</summary>
    public static MinHasher Hasher(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Hashers.GetOrAdd(options.Permutations, static p => new MinHasher(p));
    }
}
