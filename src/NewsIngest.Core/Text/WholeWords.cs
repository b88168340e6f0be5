namespace NewsIngest.Core.Text;

/// <summary>
/// Matching a name by whole words in any case, for filters people type: <c>BBC</c> finds "BBC News", <c>atwood</c>
/// finds "Margaret Atwood", <c>news</c> does not find "Newsweek". Words are runs of letters, digits and marks;
/// case folds in every script (invariant upper case, not ASCII only).
/// </summary>
public static class WholeWords
{
    /// <summary>Whether the words of <paramref name="needle"/> occur in <paramref name="value"/>, in order and next to each other.</summary>
    public static bool Contains(string? value, string? needle)
    {
        if (value is null || needle is null)
        {
            return false;
        }

        var wanted = Words(needle);
        if (wanted.Count == 0)
        {
            return false;
        }

        var words = Words(value);
        for (var start = 0; start + wanted.Count <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < wanted.Count && all; i++)
            {
                all = string.Equals(words[start + i], wanted[i], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of <paramref name="text"/>, upper-cased.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text, i);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToUpperInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static bool IsWordChar(string text, int i) =>
        char.IsLetterOrDigit(text, i) || char.IsSurrogate(text[i]) ||
        char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
