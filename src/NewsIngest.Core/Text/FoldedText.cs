namespace NewsIngest.Core.Text;

/// <summary>
/// Text folded for comparison: lower case letters and digits, words separated by single spaces, quotes
/// and punctuation dropped (so ’ and ' and “ and " compare equal by disappearing).
/// </summary>
public static class FoldedText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Folding never lengthens a text: one char per letter or digit, at most one space per gap.
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var gap = false;
        foreach (var c in text)
        {
            if (IsLetterOrDigit(c))
            {
                if (gap)
                {
                    buffer[length++] = ' ';
                    gap = false;
                }

                buffer[length++] = Lower(c);
            }
            else if (length > 0 && !IsApostrophe(c))
            {
                // "What’s" and "Whats" fold alike; any other run of non-letters is one space between words.
                gap = true;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Whether two texts fold to the same string, without building either (stops at the first difference).</summary>
    public static bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var x = new Reader(a);
        var y = new Reader(b);
        while (true)
        {
            var c = x.Next();
            if (c != y.Next())
            {
                return false;
            }

            if (c < 0)
            {
                return true;
            }
        }
    }

    /// <summary>Number of words in already folded text.</summary>
    public static int Words(string folded) => folded.Length == 0 ? 0 : folded.AsSpan().Count(' ') + 1;

    private static bool IsLetterOrDigit(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    private static char Lower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : char.IsAscii(c) ? c : char.ToLowerInvariant(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    /// <summary>The folded chars of a text one at a time; -1 at the end. A gap becomes a space only when a word follows it.</summary>
    private ref struct Reader(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _at;
        private bool _gap;
        private bool _started;

        public int Next()
        {
            while (_at < _text.Length)
            {
                var c = _text[_at];
                if (IsLetterOrDigit(c))
                {
                    if (_gap)
                    {
                        // The word's letter is read again on the next call, after the space that separates it.
                        _gap = false;
                        return ' ';
                    }

                    _at++;
                    _started = true;
                    return Lower(c);
                }

                _at++;
                if (_started && !IsApostrophe(c))
                {
                    _gap = true;
                }
            }

            return -1;
        }
    }
}
