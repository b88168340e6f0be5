namespace NewsIngest.Core.Text;

/// <summary>Edit distance with transpositions (optimal string alignment), for "did you mean" suggestions.</summary>
public static class EditDistance
{
    /// <summary>Insertions, deletions, substitutions and swaps of neighbours that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The candidate nearest <paramref name="word"/> within <paramref name="most"/> edits (ties: the first), or null.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates, int most)
    {
        string? best = null;
        var bestDistance = most + 1;
        foreach (var candidate in candidates)
        {
            var distance = Between(word, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// Every string one edit away from <paramref name="word"/> (a letter dropped, swapped with its neighbour,
    /// replaced or added), letters drawn from a-z and the word's own; for looking near words up in an index.
    /// </summary>
    public static IReadOnlyCollection<string> Variants(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = "abcdefghijklmnopqrstuvwxyz".Concat(word).Distinct().ToArray();
        var variants = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length)
            {
                variants.Add(word.Remove(i, 1));
                if (i + 1 < word.Length)
                {
                    variants.Add(string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)));
                }
            }

            foreach (var letter in letters)
            {
                if (i < word.Length)
                {
                    variants.Add(string.Concat(word.AsSpan(0, i), letter.ToString(), word.AsSpan(i + 1)));
                }

                variants.Add(word.Insert(i, letter.ToString()));
            }
        }

        variants.Remove(word);
        return variants;
    }
}
