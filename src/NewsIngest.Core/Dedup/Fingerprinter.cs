using System.Collections.Concurrent;

namespace NewsIngest.Core.Dedup;

/// <summary>Computes <see cref="Fingerprint"/>s. Pure and thread-safe; hashers are cached per permutation count.</summary>
public static class Fingerprinter
{
    private static readonly ConcurrentDictionary<int, MinHasher> Hashers = new();

    public static Fingerprint Compute(string body, DedupOptions options) => Compute(DedupText.WithoutQuotedLines(body), options, null, 0, null, out _);

    /// <summary>
    /// The fingerprint, and the prepared document for confirmation from the same single scan of the body, carrying
    /// the article's <paramref name="published"/> date (a contract date, or null; see <see cref="DedupDocument.Day"/>).
    /// </summary>
    public static Fingerprint Compute(string body, DedupOptions options, out DedupDocument document, string? published = null)
    {
        var comparable = DedupText.WithoutQuotedLines(body, out var quoted);
        return Compute(comparable, options, comparable, quoted, DedupDocument.DayOf(published), out document!);
    }

    // Word hashes and the shingle sequence are scratch, dropped once the keys are made: each worker thread keeps
    // its own buffers for them rather than allocating (and the GC clearing) a few times the body's size per file.
    [ThreadStatic]
    private static ulong[]? _threadWords;

    [ThreadStatic]
    private static ulong[]? _threadSequence;

    /// <summary>Scratch buffers above this many entries are not kept for the next body.</summary>
    private const int MaxKeptScratch = 1 << 16;

    // documentOf: the body when the document is wanted (its figures are extracted on first use), else null.
    private static Fingerprint Compute(string body, DedupOptions options, string? documentOf, int quotedLines, DateOnly? day, out DedupDocument? document)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var words = _threadWords ?? new ulong[Math.Max(1024, body.Length / 6)];
        _threadWords = null;
        var count = DedupText.Scan(body, ref words, out var exactKey);
        var length = Shingles.CountOf(count, options.ShingleSize);
        var sequenceBuffer = _threadSequence is { } kept && kept.Length >= length ? kept : new ulong[Math.Max(1024, length)];
        _threadSequence = null;
        var sequence = sequenceBuffer.AsSpan(0, length);
        Shingles.FromWords(words.AsSpan(0, count), options.ShingleSize, sequence);
        Keep(ref _threadWords, words);
        var set = Shingles.ToSet(sequence);
        document = documentOf is null ? null : new DedupDocument(exactKey, count, set, documentOf)
        {
            QuotedLines = quotedLines,
            EmbedsMessage = DedupText.EmbedsMessage(documentOf),
            Day = day,
        };
        var signature = Hasher(options).Compute(set);
        if (sequence.Length == 0)
        {
            // An empty body has nothing to be a copy of; without keys it never becomes a candidate.
            Keep(ref _threadSequence, sequenceBuffer);
            return new Fingerprint(exactKey, signature, [], 0);
        }

        var bands = LshBands.Keys(signature, options);
        var anchors = AnchorKeys.Keys(sequence, options);
        Keep(ref _threadSequence, sequenceBuffer);
        return new Fingerprint(exactKey, signature, Shingles.ToSet([.. bands, .. anchors]), count);
    }

    private static void Keep(ref ulong[]? slot, ulong[] buffer)
    {
        if (buffer.Length <= MaxKeptScratch)
        {
            slot = buffer;
        }
    }

    /// <summary>The shared hasher for the options' permutation count.</summary>
    public static MinHasher Hasher(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Hashers.GetOrAdd(options.Permutations, static p => new MinHasher(p));
    }
}
