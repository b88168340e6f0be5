namespace NewsIngest.Core.Text;

/// <summary>Counts words the way <c>word_count</c> promises: maximal runs of letters or digits, joined by inner apostrophes or hyphens.</summary>
public static class WordCounter
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    count++;
                    inWord = true;
                }
            }
            else if (inWord && IsJoiner(c))
            {
                // "don't", "well-known": a joiner keeps the word open; a following letter continues it.
            }
            else
            {
                inWord = false;
            }
        }

        return count;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';
}
