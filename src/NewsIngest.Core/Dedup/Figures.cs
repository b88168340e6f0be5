using NewsIngest.Core.Dates;

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
    public static FigureSlot[] Extract(string body) => Extract(body, byWordBefore: false);

    /// <summary>
    /// As <see cref="Extract(string)"/>, but each figure is framed by the word before its run (and its place in the
    /// run) alone. A table row keeps its label while its unit or what follows changes with the value ("Guaxupe 33.0
    /// mm, Tres Pontas" one day, "Guaxupe nil, Tres Pontas" the next), so the full frame would see two rows; the looser
    /// frame is read only for articles published days apart (see <see cref="DuplicateJudge"/>).
    /// </summary>
    public static FigureSlot[] ExtractByWordBefore(string body) => Extract(body, byWordBefore: true);

    private static FigureSlot[] Extract(string body, bool byWordBefore)
    {
        ArgumentNullException.ThrowIfNull(body);
        var slots = new List<FigureSlot>();
        var run = new List<string>();
        var before = 0UL;
        string? monthBefore = null;
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
                    monthBefore = lastWord.Start >= 0 ? Month(body, lastWord.Start, lastWord.End) : null;
                }

                run.Add(figure);
                continue;
            }

            // Words are hashed only when they frame a figure: most words are nobody's frame.
            if (run.Count > 0)
            {
                AddRun(slots, run, before, byWordBefore ? 0UL : HashOf(body, start, i), monthBefore, Month(body, start, i));
            }

            lastWord = (start, i);
        }

        AddRun(slots, run, before, 0UL, monthBefore, null);
        slots.Sort(static (x, y) => x.Context != y.Context ? x.Context.CompareTo(y.Context) : string.CompareOrdinal(x.Value, y.Value));
        return [.. slots];
    }

    /// <summary>
    /// One slot per figure of a run between the words <paramref name="before"/> and <paramref name="after"/> (0: the
    /// body's edge). A day figure next to a month name ("April 7", "7 April"), and a year right after it, are marked
    /// as a date: <paramref name="monthBefore"/> and <paramref name="monthAfter"/> are the month names there, if any.
    /// The month belongs to the date, not to its frame: "week ended March 26" and "week ended April 2" are one frame
    /// holding two dates, so a weekly report for another week is seen as one, whichever month it falls in.
    /// </summary>
    private static void AddRun(List<FigureSlot> slots, List<string> run, ulong before, ulong after, string? monthBefore, string? monthAfter)
    {
        if (run.Count == 0)
        {
            return;
        }

        // "APR 123.5 122.9" is a table row labelled with a month, not a date: only a day (1-31) makes one.
        var firstIsDay = monthBefore is not null && IsDay(run[0]);
        var lastIsDay = monthAfter is not null && IsDay(run[^1]);
        if (firstIsDay)
        {
            before = MonthFrame;
            run[0] = $"{monthBefore} {run[0]}";
        }

        if (lastIsDay)
        {
            after = MonthFrame;
            run[^1] = $"{run[^1]} {monthAfter}";
        }

        var frame = Hash64.Combine(Hash64.Combine(0xF16E000000000000UL, before), after);
        for (var k = 0; k < run.Count; k++)
        {
            var inDate = (firstIsDay && (k == 0 || (k == 1 && run[1].Length == 4))) || (lastIsDay && k == run.Count - 1);
            slots.Add(new FigureSlot(Hash64.Combine(frame, (ulong)k), run[k], inDate));
        }

        run.Clear();
    }

    /// <summary>The frame word standing for any month name beside a day.</summary>
    private const ulong MonthFrame = 0x4D4F4E5448000000UL;

    /// <summary>The month the word names, as its first three letters lower-cased ("mar" for "March" and "MARCH"); null for any other word.</summary>
    private static string? Month(string body, int start, int end) =>
        IsMonth(body, start, end) ? body.Substring(start, 3).ToLowerInvariant() : null;

    private static bool IsDay(string figure) =>
        figure.Length is 1 or 2 && char.IsAsciiDigit(figure[0]) && (figure.Length == 1 || char.IsAsciiDigit(figure[1]))
        && (figure.Length == 1 ? figure[0] - '0' : ((figure[0] - '0') * 10) + figure[1] - '0') is >= 1 and <= 31;

    /// <summary>Compares two sorted slot lists (as from <see cref="Extract(string)"/>) frame by frame.</summary>
    public static FigureComparison Compare(ReadOnlySpan<FigureSlot> a, ReadOnlySpan<FigureSlot> b)
    {
        int i = 0, j = 0, shared = 0, changed = 0, changedDates = 0;
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
            // A figure one body adds in a frame both use ("a 250 mln stg facility" and, further on in the longer
            // version only, "a 150 mln stg tranche") is an addition, like a paragraph the other lacks; only a figure
            // that replaces another is a change.
            var slotsHere = Math.Min(endA - i, endB - j);
            shared += slotsHere;
            changed += slotsHere - same;
            var inDate = HasDate(a[i..endA]) || HasDate(b[j..endB]);
            if (inDate)
            {
                // The same for dates ("March 16 - Renouf" beside "March 13, Renouf"): only a date that replaces another counts.
                changedDates += slotsHere - same;
            }

            if (same < slotsHere && examples.Count < 5)
            {
                examples.Add($"{FirstUnmatched(a[i..endA], b[j..endB])} → {FirstUnmatched(b[j..endB], a[i..endA])}{(inDate ? " (a date)" : "")}");
            }

            i = endA;
            j = endB;
        }

        return new FigureComparison(shared, changed, examples) { ChangedDates = changedDates };
    }

    private static bool HasDate(ReadOnlySpan<FigureSlot> slots)
    {
        foreach (var slot in slots)
        {
            if (slot.InDate)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word is a month name; only words that frame a figure are looked up.</summary>
    private static bool IsMonth(string body, int start, int end) =>
        end - start is >= 3 and <= 12 && char.IsLetter(body[start]) && MonthNames.IsMonth(body[start..end]);

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
