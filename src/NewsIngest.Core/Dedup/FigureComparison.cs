namespace NewsIngest.Core.Dedup;

/// <summary>How two bodies' figures compare in the frames they share.</summary>
/// <param name="SharedSlots">Figure slots whose frame occurs in both bodies.</param>
/// <param name="Changed">Of those, slots holding a different figure in each body.</param>
/// <param name="Examples">Up to five changed figures, as "old → new".</param>
public sealed record FigureComparison(int SharedSlots, int Changed, IReadOnlyList<string> Examples)
{
    /// <summary>Of the changed slots, those that are part of a date ("through April 7" against "through April 8").</summary>
    public int ChangedDates { get; init; }

    public double ChangedShare => SharedSlots == 0 ? 0 : (double)Changed / SharedSlots;
}
