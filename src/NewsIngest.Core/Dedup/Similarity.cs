namespace NewsIngest.Core.Dedup;

/// <summary>Set similarities over sorted, repeat-free shingle sets (as returned by <see cref="Shingles.Words"/>).</summary>
public static class Similarity
{
    /// <summary>|A∩B| / |A∪B|; two empty sets are identical (1).</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.IsEmpty && b.IsEmpty)
        {
            return 1.0;
        }

        var shared = IntersectionCount(a, b);
        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>|S∩L| / |S|: the share of <paramref name="small"/> found in <paramref name="large"/>; an empty set is contained (1).</summary>
    public static double Containment(ReadOnlySpan<ulong> small, ReadOnlySpan<ulong> large)
    {
        if (small.IsEmpty)
        {
            return 1.0;
        }

        return (double)IntersectionCount(small, large) / small.Length;
    }

    /// <summary>Size of the intersection of two sorted, repeat-free sets, by a linear merge.</summary>
    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x == y)
            {
                shared++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
