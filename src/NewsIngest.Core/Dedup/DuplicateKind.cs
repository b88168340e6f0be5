namespace NewsIngest.Core.Dedup;

/// <summary>How a duplicate relates to its counterpart; <see cref="None"/> when it is not a duplicate.</summary>
public enum DuplicateKind
{
    None,

    /// <summary>Same normalised body.</summary>
    Exact,

    /// <summary>Jaccard of the shingle sets at or above <see cref="DedupOptions.Near"/>.</summary>
    Near,

    /// <summary>The shorter body is contained in the longer at or above <see cref="DedupOptions.Containment"/>.</summary>
    Excerpt,
}
