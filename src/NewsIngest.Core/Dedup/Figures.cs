namespace NewsIngest.Core.Dedup;

/// <summary>
/// Figures in their frames. Two recurring reports (a weekly auction, a daily repo operation, a price table) share
/// almost every word, so shingles call them near copies; what differs is the figure in the same frame
/// ("arrange 1.5 billion dlrs" against "arrange 2.5 billion dlrs"). Figures that a longer version adds, or that an
/// edit removes, sit in frames the other body lacks and do not count; only a different figure in a shared frame does.
/// </summary>
public static partial class Figures
{
    /// <summary>
    /// The body's figures with their frames, sorted by context then value. A figure is a digit run joined by inner
    /// <c>. , / - :</c> (<c>1,234.5</c>, <c>6-1/4</c>, <c>11:01</c>), not touching a letter (<c>APR7</c>, <c>3rd</c> are words).
    /// </summary>
    public static FigureSlot[] Extract(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var slots = new List<FigureSlot>();
        var run = new List<string>();
        var before = 0UL;
        (int Start, int End) lastWord = (-1, -1);
        var i = 0;
        while (NextToken(body, ref i, out var start, out var hasLetter, out var hasComma))
        {
            var figure = hasLetter ? NumberWord(body, start, i) : Figure(body, start, i, hasComma);
            if (figure is not null)
            {
                if (run.Count == 0)
                {
                    before = lastWord.Start < 0 ? 0UL : HashOf(body, lastWord.Start, lastWord.End);
                }

                run.Add(figure);
                continue;
            }

            // Words are hashed only when they frame a figure: most words are nobody's frame.
            if (run.Count > 0)
            {
                AddRun(slots, run, before, HashOf(body, start, i));
            }

            lastWord = (start, i);
        }

        AddRun(slots, run, before, 0UL);
        slots.Sort(static (x, y) => x.Context != y.Context ? x.Context.CompareTo(y.Context) : string.CompareOrdinal(x.Value, y.Value));
        return [.. slots];
    }

    /// <summary>One slot per figure of a run between the words <paramref name="before"/> and <paramref name="after"/> (0: the body's edge).</summary>
    private static void AddRun(List<FigureSlot> slots, List<string> run, ulong before, ulong after)
    {
        if (run.Count == 0)
        {
            return;
        }

        var frame = Hash64.Combine(Hash64.Combine(0xF16E000000000000UL, before), after);
        for (var k = 0; k < run.Count; k++)
        {
            slots.Add(new FigureSlot(Hash64.Combine(frame, (ulong)k), run[k]));
        }

        run.Clear();
    }

    /// <summary>Compares two sorted slot lists (as from <see cref="Extract"/>) frame by frame.</summary>
    public static FigureComparison Compare(ReadOnlySpan<FigureSlot> a, ReadOnlySpan<FigureSlot> b)
    {
        int i = 0, j = 0, shared = 0, changed = 0;
        var examples = new List<string>();
        while (i < a.Length && j < b.Length)
        {
            var context = a[i].Context;
            if (context != b[j].Context)
            {
                if (context < b[j].Context)
                {
                    i++;
                }
                else
                {
                    j++;
                }

                continue;
            }

            var endA = i;
            var endB = j;
            while (endA < a.Length && a[endA].Context == context)
            {
                endA++;
            }

            while (endB < b.Length && b[endB].Context == context)
            {
                endB++;
            }

            var same = Matching(a[i..endA], b[j..endB]);
            var slotsHere = Math.Max(endA - i, endB - j);
            shared += slotsHere;
            changed += slotsHere - same;
            if (same < slotsHere && examples.Count < 5)
            {
                examples.Add($"{FirstUnmatched(a[i..endA], b[j..endB])} → {FirstUnmatched(b[j..endB], a[i..endA])}");
            }

            i = endA;
            j = endB;
        }

        return new FigureComparison(shared, changed, examples);
    }

    private static int Matching(ReadOnlySpan<FigureSlot> a, ReadOnlySpan<FigureSlot> b)
    {
        int i = 0, j = 0, same = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = string.CompareOrdinal(a[i].Value, b[j].Value);
            if (order == 0)
            {
                same++;
            }

            if (order <= 0)
            {
                i++;
            }

            if (order >= 0)
            {
                j++;
            }
        }

        return same;
    }

    private static string FirstUnmatched(ReadOnlySpan<FigureSlot> a, ReadOnlySpan<FigureSlot> b)
    {
        foreach (var slot in a)
        {
            var found = false;
            foreach (var other in b)
            {
                found |= other.Value == slot.Value;
            }

            if (!found)
            {
                return slot.Value;
            }
        }

        return "(none)";
    }
}
