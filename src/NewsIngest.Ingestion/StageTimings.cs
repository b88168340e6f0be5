namespace NewsIngest.Ingestion;

/// <summary>
/// Time spent per stage of a run. <see cref="Parse"/> is summed over the parse workers (CPU-like); the others are
/// the single writer's wall time, which bounds the run when parsing keeps up.
/// </summary>
public sealed class StageTimings
{
    public TimeSpan Parse { get; set; }

    /// <summary>Article and file rows.</summary>
    public TimeSpan Store { get; set; }

    /// <summary>The full-text index of the batch's articles.</summary>
    public TimeSpan Index { get; set; }

    public TimeSpan Dedup { get; set; }

    public TimeSpan Commit { get; set; }

    public override string ToString() =>
        $"parse {Parse.TotalSeconds:0.00} s (all workers), store {Store.TotalSeconds:0.00} s, dedup {Dedup.TotalSeconds:0.00} s, index {Index.TotalSeconds:0.00} s, commit {Commit.TotalSeconds:0.00} s";
}
