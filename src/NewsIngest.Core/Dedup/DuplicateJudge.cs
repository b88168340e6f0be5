using System.Globalization;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// Confirms or rejects a candidate pair on the real shingle sets (never on the sketch). Order: exact, then the
/// figures rules (other figures in a large share of shared frames; or any, days apart), then near (Jaccard), then excerpt (containment of the shorter, if it is long enough).
/// </summary>
public static class DuplicateJudge
{
    public static DuplicateVerdict Judge(string bodyA, string bodyB, DedupOptions options) =>
        Judge(DedupDocument.Prepare(bodyA, options), DedupDocument.Prepare(bodyB, options), options);

    public static DuplicateVerdict Judge(DedupDocument a, DedupDocument b, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(options);
        var (small, large) = Order(a, b);
        var jaccard = Similarity.Jaccard(a.Shingles, b.Shingles);
        var containment = Similarity.Containment(small.Shingles, large.Shingles);
        var best = Math.Max(jaccard, containment);

        if (small.WordCount == 0)
        {
            return new(false, DuplicateKind.None, jaccard, containment, best, "an empty body is nobody's copy");
        }

        if (a.ExactKey == b.ExactKey && jaccard == 1.0)
        {
            return new(true, DuplicateKind.Exact, 1.0, 1.0, 1.0, "same normalised body");
        }

        // Figures only decide pairs that would otherwise be duplicates: below both thresholds they are not read, so
        // a candidate that shares little never has its figures extracted (see DedupDocument.Figures).
        var candidate = best >= Math.Min(options.Near, options.Containment);
        var figures = candidate ? Figures.Compare(a.Figures, b.Figures) : null;
        if (figures is not null && FiguresDiffer(figures, options))
        {
            var what = figures.ChangedDates > 0 ? "other dates" : "other figures";
            return new(false, DuplicateKind.None, jaccard, containment, best, Invariant(
                $"same wording, {what} ({figures.Changed} of {figures.SharedSlots} changed: {string.Join(", ", figures.Examples)}): a recurring report, not a copy"), DifferentReports: true);
        }

        // A re-send or a correction follows its story within a day; the same wording published days later with
        // figures changed is the next edition of a recurring report (a monthly estimate, a daily rainfall table),
        // however small their share. One changed figure is what a correction or a slip looks like, so it takes two.
        // Figures are framed by the word before them here, as a table row's value may bring its own unit ("33.0 mm"
        // one day, "nil" the next).
        if (candidate && DaysApart(a, b) is { } days && days >= options.EditionDays
            && Figures.Compare(a.FiguresByWordBefore, b.FiguresByWordBefore) is { } editions && editions.Changed >= options.EditionFigures)
        {
            return new(false, DuplicateKind.None, jaccard, containment, best, Invariant(
                $"same wording published {days} days apart, other figures ({editions.Changed} of {editions.SharedSlots} changed: {string.Join(", ", editions.Examples)}): another edition of a recurring report, not a re-send"), DifferentReports: true);
        }

        // A reply that pastes the message it answers, header lines and all, contains it; what it adds is its own text.
        if (candidate && large.EmbedsMessage && !small.EmbedsMessage)
        {
            return new(false, DuplicateKind.None, jaccard, containment, best, Invariant(
                $"a reply: the longer body pastes another message with its header lines (From:, Subject:) and adds its own text; containment {containment:0.000}, Jaccard {jaccard:0.000}"));
        }

        if (jaccard >= options.Near)
        {
            return new(true, DuplicateKind.Near, jaccard, containment, jaccard, Invariant(
                $"near copy: Jaccard {jaccard:0.000} ≥ {options.Near:0.00}"));
        }

        if (containment >= options.Containment)
        {
            if (small.WordCount < options.MinContainmentWords && figures is { Changed: 0 } same && same.SharedSlots >= MinFiguresForShortExcerpt)
            {
                // A short table (an earnings line, a dividend notice) says little in words: its figures are what is
                // specific, and when all of them stand in the longer body in the same frames it is that report.
                return new(true, DuplicateKind.Excerpt, jaccard, containment, containment, Invariant(
                    $"excerpt: {containment:0.000} of the shorter body is in the longer (≥ {options.Containment:0.00}); only {small.WordCount} words, but all its {same.SharedSlots} figures stand in the same frames"));
            }

            if (small.WordCount < options.MinContainmentWords)
            {
                return new(false, DuplicateKind.None, jaccard, containment, best, Invariant(
                    $"contained ({containment:0.000}) but only {small.WordCount} words, under the {options.MinContainmentWords}-word minimum for an excerpt"));
            }

            return new(true, DuplicateKind.Excerpt, jaccard, containment, containment, Invariant(
                $"excerpt: {containment:0.000} of the shorter body is in the longer (≥ {options.Containment:0.00}), Jaccard {jaccard:0.000}"));
        }

        return new(false, DuplicateKind.None, jaccard, containment, best, Invariant(
            $"too different: Jaccard {jaccard:0.000} < {options.Near:0.00} and containment {containment:0.000} < {options.Containment:0.00}{QuotedNote(a, b)}"));
    }

    /// <summary>
    /// A re-send may correct a figure; a recurring report changes a large share of them. Different when more than
    /// <see cref="DedupOptions.FigureAllowance"/> shared figure slots changed AND their share exceeds
    /// <see cref="DedupOptions.FigureTolerance"/>, or when a date in a shared frame changed ("prices through April 7"
    /// against "through April 8": the same table for another day, however few of its figures moved). Figures only one
    /// body has (a longer version, an edit) do not count.
    /// </summary>
    public static bool FiguresDiffer(FigureComparison figures, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(options);
        return figures.ChangedDates > 0 || (figures.Changed > options.FigureAllowance && figures.ChangedShare > options.FigureTolerance);
    }

    /// <summary>Whole days between the two articles' published days; null when either is unknown.</summary>
    private static int? DaysApart(DedupDocument a, DedupDocument b) =>
        a.Day is { } x && b.Day is { } y ? Math.Abs(x.DayNumber - y.DayNumber) : null;

    /// <summary>Figures a body under <see cref="DedupOptions.MinContainmentWords"/> must share, all unchanged, with the longer to be its excerpt.</summary>
    public const int MinFiguresForShortExcerpt = 4;

    /// <summary>Says that a reply's quoted lines were left out: its quote of the other message is that message's words, not a copy.</summary>
    private static string QuotedNote(DedupDocument a, DedupDocument b) => (a.QuotedLines, b.QuotedLines) switch
    {
        (0, 0) => "",
        (var q, 0) => Invariant($"; a reply: the first quotes {q} lines of another message, left out, and its own text is compared"),
        (0, var q) => Invariant($"; a reply: the second quotes {q} lines of another message, left out, and its own text is compared"),
        var (qa, qb) => Invariant($"; replies: {qa} and {qb} quoted lines left out, their own texts compared"),
    };

    /// <summary>The shorter (fewer words; ties by fewer shingles) first, so containment is measured the way the rule reads.</summary>
    private static (DedupDocument Small, DedupDocument Large) Order(DedupDocument a, DedupDocument b) =>
        (a.WordCount, a.Shingles.Length).CompareTo((b.WordCount, b.Shingles.Length)) <= 0 ? (a, b) : (b, a);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
