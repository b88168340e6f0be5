namespace NewsIngest.Core.Dedup;

/// <summary>A non-canonical member of a cluster: what the store writes into its row.</summary>
/// <param name="Id">The copy's id.</param>
/// <param name="DuplicateOf">The canonical's id.</param>
/// <param name="Kind">Exact, near or excerpt, against the canonical.</param>
/// <param name="Similarity">Measured against the canonical (see <see cref="DuplicateVerdict.Similarity"/>).</param>
/// <param name="Reason">The verdict's one-line reason.</param>
public sealed record DuplicateLink(long Id, long DuplicateOf, DuplicateKind Kind, double Similarity, string Reason);
