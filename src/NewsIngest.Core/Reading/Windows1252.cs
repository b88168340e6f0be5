namespace NewsIngest.Core.Reading;

/// <summary>
/// Windows-1252 decoding without the code-pages provider (it is not in the invariant runtime):
/// 0x80–0x9F map to the typographic characters, everything else to Latin-1.
/// </summary>
public static class Windows1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>
    /// The character a C1 control (U+0080–U+009F) stands for when it is a Windows-1252 byte read as Latin-1 ("don\u0092t"
    /// for "don’t"), or null for the five bytes Windows-1252 leaves undefined and for any other character.
    /// </summary>
    public static char? ForC1(char c) => c is >= '\u0080' and <= '\u009F' && High[c - 0x80] != c ? High[c - 0x80] : null;

    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
            }
        });
    }
}
