namespace NewsIngest.Core.Dedup;

/// <summary>
/// A body prepared for comparison: what <see cref="DuplicateJudge"/> confirms on. Cheap to rebuild from the body,
/// so a store need not keep it; an in-memory index keeps it to avoid re-tokenising on every candidate.
/// </summary>
/// <remarks>
/// <see cref="Figures"/> are only needed when the document meets a candidate (about one article in six), so they
/// are extracted on first use from the body the document was made of, then kept. Extraction is pure: two threads
/// racing on the first use both compute the same slots and either result is kept.
/// </remarks>
public sealed class DedupDocument
{
    private readonly string? _body;
    private FigureSlot[]? _figures;
    private FigureSlot[]? _looseFigures;

    /// <summary>A document whose figures are extracted from <paramref name="body"/> (quoted lines already left out) on first use.</summary>
    /// <param name="exactKey">Hash of the normalised body.</param>
    /// <param name="wordCount">Words as <see cref="DedupText"/> splits them.</param>
    /// <param name="shingles">Sorted, repeat-free shingle hashes.</param>
    /// <param name="body">The comparable body (see <see cref="DedupText.WithoutQuotedLines(string)"/>) the other parts were made of.</param>
    public DedupDocument(ulong exactKey, int wordCount, ulong[] shingles, string body)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        ArgumentNullException.ThrowIfNull(body);
        ExactKey = exactKey;
        WordCount = wordCount;
        Shingles = shingles;
        _body = body;
    }

    /// <summary>A document with its figures given.</summary>
    public DedupDocument(ulong exactKey, int wordCount, ulong[] shingles, FigureSlot[] figures)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        ArgumentNullException.ThrowIfNull(figures);
        ExactKey = exactKey;
        WordCount = wordCount;
        Shingles = shingles;
        _figures = figures;
    }

    /// <summary>Hash of the normalised body.</summary>
    public ulong ExactKey { get; }

    /// <summary>Words as <see cref="DedupText"/> splits them.</summary>
    public int WordCount { get; }

    /// <summary>Sorted, repeat-free shingle hashes.</summary>
    public ulong[] Shingles { get; }

    /// <summary>Quoted lines (a reply's copy of another message) left out of the comparison; 0 when unknown.</summary>
    public int QuotedLines { get; init; }

    /// <summary>The body pastes another message with its header lines (see <see cref="DedupText.EmbedsMessage"/>).</summary>
    public bool EmbedsMessage { get; init; }

    /// <summary>
    /// The day the article was published, when known: two editions of a recurring report are days apart, a re-send
    /// or a correction follows its story within a day (see <see cref="DuplicateJudge"/>). Null when unknown.
    /// </summary>
    public DateOnly? Day { get; init; }

    /// <summary>The body's figures in their frames (see <see cref="Dedup.Figures"/>), extracted on first use.</summary>
    public FigureSlot[] Figures => Volatile.Read(ref _figures) ?? ExtractFigures();

    /// <summary>
    /// The body's figures framed by the word before them only (see <see cref="Dedup.Figures.ExtractByWordBefore"/>),
    /// extracted on first use; the framed figures when the body is not known.
    /// </summary>
    public FigureSlot[] FiguresByWordBefore => Volatile.Read(ref _looseFigures) ?? ExtractLooseFigures();

    /// <summary>The day of a contract date (<c>2025-10-31</c>, or a date-time: its first ten characters); null for a year, a month or null.</summary>
    public static DateOnly? DayOf(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day
            : null;

    private FigureSlot[] ExtractFigures()
    {
        var figures = Dedup.Figures.Extract(_body!);
        return Interlocked.CompareExchange(ref _figures, figures, null) ?? figures;
    }

    private FigureSlot[] ExtractLooseFigures()
    {
        var figures = _body is null ? Figures : Dedup.Figures.ExtractByWordBefore(_body);
        return Interlocked.CompareExchange(ref _looseFigures, figures, null) ?? figures;
    }

    /// <summary>The document of <paramref name="body"/>, carrying the article's <paramref name="published"/> date (a contract date, or null).</summary>
    public static DedupDocument Prepare(string body, DedupOptions options, string? published = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        body = DedupText.WithoutQuotedLines(body, out var quoted);
        var words = new ulong[Math.Max(16, body.Length / 6)];
        var count = DedupText.Scan(body, ref words, out var exactKey);
        var sequence = Dedup.Shingles.FromWords(words.AsSpan(0, count), options.ShingleSize);
        return new DedupDocument(exactKey, count, Dedup.Shingles.ToSet(sequence), body) { QuotedLines = quoted, EmbedsMessage = DedupText.EmbedsMessage(body), Day = DayOf(published) };
    }
}
