using System.Text;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// The text view the detector compares: words are maximal runs of letters and digits, lower-cased; everything else
/// (whitespace, punctuation, straight or curly quotes, hyphens and dashes) only separates words. Two bodies that differ
/// only in those styles therefore normalise to the same string.
/// </summary>
public static class DedupText
{
    /// <summary>The body's words, lower-cased, joined by single spaces.</summary>
    public static string Normalize(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sb = new StringBuilder(body.Length);
        var inWord = false;
        foreach (var c in body)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return sb.ToString();
    }

    /// <summary>A stable 64-bit hash of <see cref="Normalize"/>: equal for exact copies, whatever their styling.</summary>
    public static ulong ExactKey(string body) => Hash64.Of(Normalize(body));

    /// <summary>
    /// Appends one stable hash per word of <paramref name="body"/> (same words as <see cref="Normalize"/>) and returns
    /// how many were written; grows <paramref name="buffer"/> when needed. Hashing while scanning avoids a string per word.
    /// </summary>
    internal static int WordHashes(ReadOnlySpan<char> body, ref ulong[] buffer)
    {
        const ulong FnvOffset = 14695981039346656037UL;
        const ulong FnvPrime = 1099511628211UL;
        var count = 0;
        var h = FnvOffset;
        var inWord = false;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && char.IsLetterOrDigit(body[i]))
            {
                h = (h ^ char.ToLowerInvariant(body[i])) * FnvPrime;
                inWord = true;
                continue;
            }

            if (inWord)
            {
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(16, buffer.Length * 2));
                }

                buffer[count++] = Hash64.Mix(h);
                h = FnvOffset;
                inWord = false;
            }
        }

        return count;
    }
}
