using System.Runtime.InteropServices;

namespace NewsIngest.Core.Dedup;

public static partial class Figures
{
    /// <summary>Spelled-out figures ("arrange two billion dlrs"); not "one", which is mostly a pronoun.</summary>
    private static readonly Dictionary<ulong, string> NumberWords = new[]
    {
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half", "quarter",
    }.ToDictionary(w => Hash64.Of(w));

    /// <summary>Words (hashed, lower-cased) and figures, in order. Only figures become strings: this runs on every body.</summary>
    private static List<Token> Tokens(string body)
    {
        var tokens = new List<Token>(body.Length / 5);
        var i = 0;
        while (i < body.Length)
        {
            if (!char.IsLetterOrDigit(body[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasLetter = false;
            var hasComma = false;
            var h = Hash64.Start;
            while (i < body.Length && (char.IsLetterOrDigit(body[i])
                || (IsInnerSeparator(body[i]) && i > start && char.IsAsciiDigit(body[i - 1]) && i + 1 < body.Length && char.IsAsciiDigit(body[i + 1]))))
            {
                var c = body[i];
                hasLetter |= char.IsLetter(c);
                hasComma |= c == ',';
                if (c != ',')
                {
                    h = Hash64.Step(h, char.ToLowerInvariant(c));
                }

                i++;
            }

            var hash = Hash64.Finish(h);
            if (hasLetter)
            {
                tokens.Add(new Token(hash, NumberWords.GetValueOrDefault(hash)));
            }
            else
            {
                var figure = body[start..i];
                tokens.Add(new Token(hash, hasComma ? figure.Replace(",", "", StringComparison.Ordinal) : figure));
            }
        }

        return tokens;
    }

    private static bool IsInnerSeparator(char c) => c is '.' or ',' or '/' or '-' or ':';

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Token(ulong Hash, string? Figure);
}
