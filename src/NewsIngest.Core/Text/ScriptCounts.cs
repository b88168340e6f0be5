using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsIngest.Core.Text;

/// <summary>How many letters of a text fall in each script; the scripts that belong to one language answer on their own.</summary>
internal sealed class ScriptCounts
{
    private int _latin;
    private int _cyrillic;
    private int _greek;
    private int _arabic;
    private int _hebrew;
    private int _han;
    private int _kana;
    private int _hangul;
    private int _devanagari;
    private int _thai;
    private int _persianMarks;

    public int Letters { get; private set; }

    public bool IsCyrillic => _cyrillic > _latin;

    public static ScriptCounts Of(ReadOnlySpan<char> text) => Of(text, 256);

    /// <summary><see cref="Of(ReadOnlySpan{char})"/> with vectors no wider than <paramref name="widestBits"/> (256, 128 or 0): the same counts.</summary>
    internal static ScriptCounts Of(ReadOnlySpan<char> text, int widestBits)
    {
        var counts = new ScriptCounts();
        int letters = 0, latin = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && widestBits >= 256)
        {
            // Most text is ASCII: sixteen chars at a time, whose letters are all Latin, counted by a compare and a
            // popcount; a block holding anything else goes through the char loop below.
            var width = Vector256<ushort>.Count;
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + width <= chars.Length; i += width)
            {
                var v = Vector256.Create(chars.Slice(i, width));
                if (Vector256.GreaterThanAny(v, Vector256.Create((ushort)0x7F)))
                {
                    letters += CountChars(text.Slice(i, width), counts, ref latin);
                    continue;
                }

                var ascii = BitOperations.PopCount(Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26)).ExtractMostSignificantBits());
                letters += ascii;
                latin += ascii;
            }
        }
        else if (Vector128.IsHardwareAccelerated && widestBits >= 128)
        {
            // The same eight chars at a time: a Native AOT build for x86-64-v2 has no 256-bit vectors.
            var width = Vector128<ushort>.Count;
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + width <= chars.Length; i += width)
            {
                var v = Vector128.Create(chars.Slice(i, width));
                if (Vector128.GreaterThanAny(v, Vector128.Create((ushort)0x7F)))
                {
                    letters += CountChars(text.Slice(i, width), counts, ref latin);
                    continue;
                }

                var ascii = BitOperations.PopCount(Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26)).ExtractMostSignificantBits());
                letters += ascii;
                latin += ascii;
            }
        }

        letters += CountChars(text[i..], counts, ref latin);
        counts.Letters = letters;
        counts._latin = latin;
        return counts;
    }

    /// <summary>Counts the letters of <paramref name="text"/> (Latin ones into <paramref name="latin"/>), returning how many.</summary>
    private static int CountChars(ReadOnlySpan<char> text, ScriptCounts counts, ref int latin)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsAscii(c))
            {
                var isLetter = char.IsAsciiLetter(c) ? 1 : 0;
                letters += isLetter;
                latin += isLetter;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                counts.Count(c, ref latin);
            }
        }

        return letters;
    }

    private void Count(char c, ref int latin)
    {
        switch (c)
        {
            case <= '\u024F':
                latin++;
                break;
            case >= '\u0370' and <= '\u03FF':
                _greek++;
                break;
            case >= '\u0400' and <= '\u04FF':
                _cyrillic++;
                break;
            case >= '\u0590' and <= '\u05FF':
                _hebrew++;
                break;
            case >= '\u0600' and <= '\u06FF':
                _arabic++;
                if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' or 'ک')
                {
                    _persianMarks++;
                }

                break;
            case >= '\u0900' and <= '\u097F':
                _devanagari++;
                break;
            case >= '\u0E00' and <= '\u0E7F':
                _thai++;
                break;
            case >= '\u3040' and <= '\u30FF':
                _kana++;
                break;
            case >= '\u4E00' and <= '\u9FFF':
                _han++;
                break;
            case >= '\uAC00' and <= '\uD7AF':
                _hangul++;
                break;
        }
    }

    /// <summary>The language a script alone identifies, when that script holds most letters; null for Latin and Cyrillic.</summary>
    public string? Dominant()
    {
        var half = Letters / 2;
        if (_kana > Letters / 10 && _kana + _han > half)
        {
            return "ja";
        }

        return true switch
        {
            _ when _han > half => "zh",
            _ when _hangul > half => "ko",
            _ when _greek > half => "el",
            _ when _hebrew > half => "he",
            _ when _arabic > half => _persianMarks > _arabic / 20 ? "fa" : "ar",
            _ when _devanagari > half => "hi",
            _ when _thai > half => "th",
            _ => null,
        };
    }
}
