namespace NewsIngest.Evaluation.Scoring;

/// <summary>A count of right answers out of items judged. Mutable on purpose: one per measure, filled in one loop.</summary>
public sealed class Tally
{
    private readonly List<Miss> _misses = [];

    public int Right { get; private set; }

    public int Items { get; private set; }

    /// <summary>Share right; null when nothing was judged (printed as n/a, never as 0).</summary>
    public double? Accuracy => Items == 0 ? null : (double)Right / Items;

    /// <summary>The items judged wrong, in the order they were added (those added with a name).</summary>
    public IReadOnlyList<Miss> Misses => _misses;

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

    /// <summary>Counts a verdict on <paramref name="item"/>, remembering it when wrong.</summary>
    public void Add(string item, Verdict verdict) => Add(verdict.Right, item, verdict.Expected, verdict.Found);

    /// <summary>Counts a judgement and, when it is wrong, remembers the item with the expected and found values.</summary>
    public void Add(bool? right, string item, string? expected, string? found)
    {
        Add(right);
        if (right == false)
        {
            _misses.Add(new Miss(item, expected, found));
        }
    }
}
