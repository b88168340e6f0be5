using System.Runtime.CompilerServices;

namespace NewsIngest.Core.Dedup;

public static partial class Figures
{
    /// <summary>
    /// Spelled-out figures ("arrange two billion dlrs"), read as the digits they stand for, so that "March eight" and
    /// "March 8" are the same figure; not "one", which is mostly a pronoun. "Nil" is the 0 of a table ("rainfall nil").
    /// </summary>
    private static readonly Dictionary<ulong, string> NumberWords = new (string Word, string Value)[]
    {
        ("zero", "0"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"),
        ("eight", "8"), ("nine", "9"), ("ten", "10"), ("eleven", "11"), ("twelve", "12"), ("thirteen", "13"),
        ("fourteen", "14"), ("fifteen", "15"), ("sixteen", "16"), ("seventeen", "17"), ("eighteen", "18"),
        ("nineteen", "19"), ("twenty", "20"), ("thirty", "30"), ("forty", "40"), ("fifty", "50"), ("sixty", "60"),
        ("seventy", "70"), ("eighty", "80"), ("ninety", "90"), ("hundred", "100"), ("half", "0.5"), ("quarter", "0.25"),
        ("nil", "0"),
    }.ToDictionary(w => Hash64.Of(w.Word), w => w.Value);

    /// <summary>
    /// The next token from <paramref name="i"/> on: a run of letters and digits, joined by inner <c>. , / - :</c>
    /// between ASCII digits; <paramref name="i"/> ends past it. False at the end of the body.
    /// </summary>
    private static bool NextToken(string body, ref int i, out int start, out bool hasLetter, out bool hasComma)
    {
        while (i < body.Length && !IsLetterOrDigit(body[i]))
        {
            i++;
        }

        start = i;
        hasLetter = false;
        hasComma = false;
        if (i == body.Length)
        {
            return false;
        }

        while (i < body.Length)
        {
            var c = body[i];
            if (char.IsAsciiLetter(c))
            {
                hasLetter = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                // Part of the token; the common ASCII cases are told apart before the Unicode lookups below.
            }
            else if (c >= 0x80 && char.IsLetterOrDigit(c))
            {
                hasLetter |= char.IsLetter(c);
            }
            else if (IsInnerSeparator(c) && i > start && char.IsAsciiDigit(body[i - 1]) && i + 1 < body.Length && char.IsAsciiDigit(body[i + 1]))
            {
                hasComma |= c == ',';
            }
            else
            {
                break;
            }

            i++;
        }

        return true;
    }

    /// <summary>The token's hash: its chars lower-cased, thousands commas left out.</summary>
    private static ulong HashOf(string body, int start, int end)
    {
        var h = Hash64.Start;
        for (var k = start; k < end; k++)
        {
            var c = body[k];
            if (c != ',')
            {
                h = Hash64.Step(h, char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c >= 0x80 ? char.ToLowerInvariant(c) : c);
            }
        }

        return Hash64.Finish(h);
    }

    /// <summary>
    /// The number word a word token is, or null. Number words are 3 to 9 letters starting with one of z t f s e n h q
    /// in either case: other words skip the hash (a word whose first char is not ASCII is hashed, as lower-casing might
    /// make it one).
    /// </summary>
    private static string? NumberWord(string body, int start, int end)
    {
        var first = body[start];
        if (end - start is < 3 or > 9 || (first < 0x80 && (first | 0x20) is not ('z' or 't' or 'f' or 's' or 'e' or 'n' or 'h' or 'q')))
        {
            return null;
        }

        return NumberWords.GetValueOrDefault(HashOf(body, start, end));
    }

    private static string Figure(string body, int start, int end, bool hasComma)
    {
        var text = body[start..end];
        return hasComma ? text.Replace(",", "", StringComparison.Ordinal) : text;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && char.IsLetterOrDigit(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsInnerSeparator(char c) => c is '.' or ',' or '/' or '-' or ':';
}
