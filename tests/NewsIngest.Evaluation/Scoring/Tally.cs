namespace NewsIngest.Evaluation.Scoring;

/// <summary>A count of right answers out of items judged. Mutable on purpose: one per measure, filled in one loop.</summary>
public sealed class Tally
{
    public int Right { get; private set; }

    public int Items { get; private set; }

    /// <summary>Share right; null when nothing was judged (printed as n/a, never as 0).</summary>
    public double? Accuracy => Items == 0 ? null : (double)Right / Items;

    /// <summary>Counts a judgement; null means the item carries no label for this measure and is not counted.</summary>
    public void Add(bool? right)
    {
        if (right is null)
        {
            return;
        }

        Items++;
        if (right.Value)
        {
            Right++;
        }
    }
}
