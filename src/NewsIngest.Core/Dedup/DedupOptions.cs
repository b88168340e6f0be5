namespace NewsIngest.Core.Dedup;

/// <summary>
/// Thresholds and sketch sizes of the duplicate detector. Fingerprints (signatures and candidate keys) depend on
/// <see cref="ShingleSize"/>, <see cref="Permutations"/>, <see cref="Bands"/> and <see cref="AnchorSpacing"/>; a store
/// that keeps fingerprints must recompute them when any of these change. The thresholds only affect confirmation.
/// </summary>
public sealed record DedupOptions
{
    public static readonly DedupOptions Default = new();

    /// <summary>Jaccard of the shingle sets at or above which two bodies are near copies.</summary>
    public double Near { get; init; } = 0.8;

    /// <summary>Containment of the shorter body's shingles in the longer's at or above which it is an excerpt.</summary>
    public double Containment { get; init; } = 0.8;

    /// <summary>Words the shorter body needs before containment may count, so a one-paragraph brief cannot swallow a story.</summary>
    public int MinContainmentWords { get; init; } = 40;

    /// <summary>Words per shingle. Three keeps a 5% word edit above the containment bar (each edit breaks three shingles, not five).</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>MinHash permutations; must equal <see cref="Bands"/> × rows.</summary>
    public int Permutations { get; init; } = 128;

    /// <summary>LSH bands; rows per band = <see cref="Permutations"/> / <see cref="Bands"/>.</summary>
    public int Bands { get; init; } = 32;

    /// <summary>
    /// One shingle in this many (by hash) becomes an anchor; consecutive anchor pairs are the excerpt keys. 32 stores
    /// 28% fewer keys than 16 (53 against 73 an article on generated news) with the same recall: every duplicate kind
    /// of 100,000 generated articles (excerpts keep 40% of a story), and the Reuters, newsgroups and BBC measures of
    /// the evaluation harness, were unchanged; 48 lost Reuters same-story pairs. A store's keys depend on it: changing
    /// it needs a schema migration that sends every article back through key recovery (see migration 6).
    /// </summary>
    public int AnchorSpacing { get; init; } = 32;

    /// <summary>
    /// Share of the figure slots both bodies share (same frame of words) that may hold different figures: a corrected
    /// re-send fixes one figure of many; this week's report changes a large share of last week's.
    /// </summary>
    public double FigureTolerance { get; init; } = 0.2;

    /// <summary>Changed figures that never make two bodies different reports, whatever their share.</summary>
    public int FigureAllowance { get; init; }

    /// <summary>
    /// Days between two articles' published dates from which <see cref="EditionFigures"/> changed figures (framed by
    /// the word before them) make them two editions of a recurring report, whatever their share: a re-send or a
    /// correction goes out the same day or the next.
    /// </summary>
    public int EditionDays { get; init; } = 2;

    /// <summary>
    /// Changed figures that make two articles <see cref="EditionDays"/> apart two editions. One changed figure is what
    /// a correction, or a slip in a re-post, looks like: on generated news re-posted up to three days later with 1–5%
    /// of words replaced, one figure in a hundred re-posts changed, never two.
    /// </summary>
    public int EditionFigures { get; init; } = 2;

    /// <summary>
    /// Articles kept per candidate key, and taken per key at a look-up. A key shared by many articles is either
    /// boilerplate (every page of one site) or one story copied many times; either way a few of its lowest ids are
    /// enough, and the cost stays bounded.
    /// </summary>
    public int MaxArticlesPerKey { get; init; } = 8;

    public int RowsPerBand => Permutations / Bands;

    /// <summary>
    /// The settings stored keys depend on, as one line a store records with its keys: keys made under other
    /// settings never match, so a store whose keys were made otherwise is re-keyed (see <see cref="IDuplicateIndex.ArticlesWithoutKeys"/>).
    /// </summary>
    public string KeySettings => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"shingles {ShingleSize}, permutations {Permutations}, bands {Bands}, anchor spacing {AnchorSpacing}");

    /// <summary>Throws when a threshold is outside 0–1 or the sketch sizes are inconsistent.</summary>
    public void Validate()
    {
        foreach (var (name, value) in new[] { (nameof(Near), Near), (nameof(Containment), Containment), (nameof(FigureTolerance), FigureTolerance) })
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 0 and 1.");
            }
        }

        if (ShingleSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ShingleSize), ShingleSize, "Shingle size must be at least 1.");
        }

        if (Permutations < 1 || Bands < 1 || Permutations % Bands != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Bands), Bands, "Permutations must be a positive multiple of bands.");
        }

        if (EditionDays < 1 || EditionFigures < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(EditionDays), EditionDays, "Edition days and figures must be at least 1.");
        }

        if (AnchorSpacing < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(AnchorSpacing), AnchorSpacing, "Anchor spacing must be at least 1.");
        }
    }
}
