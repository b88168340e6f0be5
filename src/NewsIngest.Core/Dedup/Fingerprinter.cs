using System.Collections.Concurrent;

namespace NewsIngest.Core.Dedup;

/// <summary>Computes <see cref="Fingerprint"/>s. Pure and thread-safe; hashers are cached per permutation count.</summary>
public static class Fingerprinter
{
    private static readonly ConcurrentDictionary<int, MinHasher> Hashers = new();

    public static Fingerprint Compute(string body, DedupOptions options) => Compute(DedupText.WithoutQuotedLines(body), options, null, out _);

    /// <summary>The fingerprint, and the prepared document for confirmation from the same single scan of the body.</summary>
    public static Fingerprint Compute(string body, DedupOptions options, out DedupDocument document)
    {
        var comparable = DedupText.WithoutQuotedLines(body);
        return Compute(comparable, options, comparable, out document!);
    }

    // documentOf: the body when the document is wanted (its figures are extracted on first use), else null.
    private static Fingerprint Compute(string body, DedupOptions options, string? documentOf, out DedupDocument? document)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var words = new ulong[Math.Max(16, body.Length / 6)];
        var count = DedupText.Scan(body, ref words, out var exactKey);
        var sequence = Shingles.FromWords(words.AsSpan(0, count), options.ShingleSize);
        var set = Shingles.ToSet(sequence);
        document = documentOf is null ? null : new DedupDocument(exactKey, count, set, documentOf);
        var signature = Hasher(options).Compute(set);
        if (sequence.Length == 0)
        {
            // An empty body has nothing to be a copy of; without keys it never becomes a candidate.
            return new Fingerprint(exactKey, signature, [], 0);
        }

        var bands = LshBands.Keys(signature, options);
        var anchors = AnchorKeys.Keys(sequence, options);
        return new Fingerprint(exactKey, signature, Shingles.ToSet([.. bands, .. anchors]), count);
    }

    /// <summary>The shared hasher for the options' permutation count.</summary>
    public static MinHasher Hasher(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Hashers.GetOrAdd(options.Permutations, static p => new MinHasher(p));
    }
}
