using System.Text;

namespace NewsIngest.Core.Text;

/// <summary>
/// Text folded for comparison: lower case letters and digits, words separated by single spaces, quotes
/// and punctuation dropped (so ’ and ' and “ and " compare equal by disappearing).
/// </summary>
public static class FoldedText
{
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is '\'' or '\u2019' or '\u2018')
            {
                // "What’s" and "Whats" fold alike.
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Number of words in already folded text.</summary>
    public static int Words(string folded) => folded.Length == 0 ? 0 : folded.AsSpan().Count(' ') + 1;
}
