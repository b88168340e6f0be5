namespace NewsIngest.Core.Dedup;

/// <summary>
/// A body prepared for comparison: what <see cref="DuplicateJudge"/> confirms on. Cheap to rebuild from the body,
/// so a store need not keep it; an in-memory index keeps it to avoid re-tokenising on every candidate.
/// </summary>
/// <param name="ExactKey">Hash of the normalised body.</param>
/// <param name="WordCount">Words as <see cref="DedupText"/> splits them.</param>
/// <param name="Shingles">Sorted, repeat-free shingle hashes.</param>
/// <param name="Figures">The body's figures in their frames (see <see cref="Dedup.Figures"/>).</param>
public sealed record DedupDocument(ulong ExactKey, int WordCount, ulong[] Shingles, FigureSlot[] Figures)
{
    public static DedupDocument Prepare(string body, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        body = DedupText.WithoutQuotedLines(body);
        var words = new ulong[Math.Max(16, body.Length / 6)];
        var count = DedupText.Scan(body, ref words, out var exactKey);
        var sequence = Dedup.Shingles.FromWords(words.AsSpan(0, count), options.ShingleSize);
        return new DedupDocument(exactKey, count, Dedup.Shingles.ToSet(sequence), Dedup.Figures.Extract(body));
    }
}
