using System.Buffers;
using System.Text;

namespace NewsIngest.Core.Reading;

/// <summary>
/// Whether bytes that are not valid UTF-8 as a whole are UTF-8 all the same: a file in another encoding (Windows-1252)
/// almost never forms a well-formed multi-byte sequence, while a UTF-8 file damaged in a few places (a string a CMS
/// cut inside a character, a pasted fragment) holds far more well-formed sequences than broken ones. Browsers read a
/// page declared UTF-8 as UTF-8 whatever its damage; reading it as Windows-1252 instead would turn every accented
/// letter of the article into two wrong ones to spare one.
/// </summary>
public static class Utf8Evidence
{
    /// <summary>The well-formed sequences of two or more bytes, and the bytes or sequences that are not UTF-8.</summary>
    private static (int Valid, int Invalid) Count(ReadOnlySpan<byte> bytes)
    {
        var (valid, invalid) = (0, 0);
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                valid += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(1, consumed)..];
        }

        return (valid, invalid);
    }

    /// <summary>
    /// The damage, when bytes that are not valid UTF-8 are UTF-8 all the same (well-formed multi-byte sequences at
    /// least three times the broken ones); null when they are in another encoding.
    /// </summary>
    public static int? Damage(ReadOnlySpan<byte> bytes)
    {
        var (valid, invalid) = Count(bytes);
        return valid >= 3 * invalid ? invalid : null;
    }

    /// <summary>The warning that <paramref name="invalid"/> places were replaced.</summary>
    public static Model.ParseWarning Warning(int invalid, string what) =>
        new(Model.WarningCodes.InvalidUtf8, $"{what} is UTF-8 with {invalid} {(invalid == 1 ? "sequence" : "sequences")} that {(invalid == 1 ? "is" : "are")} not; {(invalid == 1 ? "it was" : "they were")} read as U+FFFD (�)");
}
