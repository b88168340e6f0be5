namespace NewsIngest.Core.Dedup;

/// <summary>What <c>newsingest dups explain A B</c> prints: the measures, the passages, the verdict and its reason.</summary>
/// <param name="Jaccard">Jaccard of the two shingle sets.</param>
/// <param name="ContainmentAInB">Share of A's shingles found in B.</param>
/// <param name="ContainmentBInA">Share of B's shingles found in A.</param>
/// <param name="Shared">Paragraphs of A mostly found in B (in A's order).</param>
/// <param name="OnlyInA">Paragraphs of A mostly absent from B.</param>
/// <param name="OnlyInB">Paragraphs of B mostly absent from A.</param>
/// <param name="Figures">Figures compared frame by frame.</param>
/// <param name="Verdict">The judge's verdict, as the detector would record it.</param>
public sealed record DuplicateExplanation(
    double Jaccard,
    double ContainmentAInB,
    double ContainmentBInA,
    IReadOnlyList<PassageMatch> Shared,
    IReadOnlyList<PassageMatch> OnlyInA,
    IReadOnlyList<PassageMatch> OnlyInB,
    FigureComparison Figures,
    DuplicateVerdict Verdict);
