namespace NewsIngest.Core.Dedup;

/// <summary>Says why two bodies are, or are not, duplicates, down to the paragraphs they share and those they do not.</summary>
public static class DuplicateExplainer
{
    /// <summary>A paragraph counts as shared when at least this share of its shingles is in the other body.</summary>
    public const double SharedParagraph = 0.5;

    public static DuplicateExplanation Explain(string bodyA, string bodyB, DedupOptions options) => Explain(bodyA, null, bodyB, null, options);

    /// <summary>As <see cref="Explain(string, string, DedupOptions)"/>, for articles with their published dates (contract dates, or null).</summary>
    public static DuplicateExplanation Explain(string bodyA, string? publishedA, string bodyB, string? publishedB, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(bodyA);
        ArgumentNullException.ThrowIfNull(bodyB);
        ArgumentNullException.ThrowIfNull(options);
        var a = DedupDocument.Prepare(bodyA, options, publishedA);
        var b = DedupDocument.Prepare(bodyB, options, publishedB);
        var passagesA = Passages(bodyA, b.Shingles, options);
        var passagesB = Passages(bodyB, a.Shingles, options);
        return new DuplicateExplanation(
            Similarity.Jaccard(a.Shingles, b.Shingles),
            Similarity.Containment(a.Shingles, b.Shingles),
            Similarity.Containment(b.Shingles, a.Shingles),
            [.. passagesA.Where(p => p.Containment >= SharedParagraph)],
            [.. passagesA.Where(p => p.Containment < SharedParagraph)],
            [.. passagesB.Where(p => p.Containment < SharedParagraph)],
            Figures.Compare(a.Figures, b.Figures),
            DuplicateJudge.Judge(a, b, options));
    }

    /// <summary>Paragraphs (blank-line separated; single lines when the body has no blank lines) with their containment in the other body.</summary>
    private static List<PassageMatch> Passages(string body, ulong[] other, DedupOptions options)
    {
        var normalized = body.Replace("\r\n", "\n", StringComparison.Ordinal);
        var separator = normalized.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
        var paragraphs = normalized.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new List<PassageMatch>();
        foreach (var paragraph in paragraphs)
        {
            var shingles = Shingles.Words(paragraph, options.ShingleSize);
            if (shingles.Length > 0)
            {
                result.Add(new PassageMatch(result.Count, paragraph, Similarity.Containment(shingles, other)));
            }
        }

        return result;
    }
}
