namespace NewsIngest.Core.Dedup;

/// <summary>
/// The outcome of comparing two bodies. <see cref="Similarity"/> is what the store records: 1 for exact, the Jaccard
/// for near, the containment for excerpt (and the larger of the two when not a duplicate).
/// </summary>
/// <param name="IsDuplicate">True for a confirmed exact, near or excerpt copy.</param>
/// <param name="Kind">Which rule confirmed it; <see cref="DuplicateKind.None"/> when not a duplicate.</param>
/// <param name="Jaccard">Jaccard of the two shingle sets.</param>
/// <param name="Containment">Share of the shorter body's shingles found in the longer's.</param>
/// <param name="Similarity">The measure that decided (see above).</param>
/// <param name="DifferentReports">
/// Same wording but other figures in the same frames: two editions of a recurring report. Such a pair must never
/// end up in one cluster, not even through other members.
/// </param>
/// <param name="Reason">One line a person can read: which measure decided, against which threshold.</param>
public sealed record DuplicateVerdict(
    bool IsDuplicate,
    DuplicateKind Kind,
    double Jaccard,
    double Containment,
    double Similarity,
    string Reason,
    bool DifferentReports = false);
