namespace NewsIngest.Core.Reading;

/// <summary>Recognises the magic numbers of common non-text files so they are refused with a name, not read as garbage.</summary>
public static class BinarySignatures
{
    private static readonly (byte[] Magic, string Kind)[] Known =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x42, 0x5A, 0x68], "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ("MZ"u8.ToArray(), "a Windows executable"),
        ("SQLite format 3\0"u8.ToArray(), "a SQLite database"),
        ([0x00, 0x00, 0x01, 0x00], "an icon file"),
        ("RIFF"u8.ToArray(), "a RIFF media file"),
        ("OggS"u8.ToArray(), "an Ogg media file"),
        ("ID3"u8.ToArray(), "an MP3 file"),
    ];

    /// <summary>The kind of binary file the bytes start like, or null.</summary>
    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Known)
        {
            if (bytes.StartsWith(magic))
            {
                // "MZ" and "ID3" are short enough to begin a real text; demand a NUL byte nearby as well.
                if (magic.Length <= 3 && kind is "a Windows executable" or "an MP3 file"
                    && bytes[..Math.Min(bytes.Length, 512)].IndexOf((byte)0) < 0)
                {
                    continue;
                }

                return kind;
            }
        }

        // A tar archive (inside a .tar.gz) says so at byte 257, after its first file's name.
        return bytes.Length >= 262 && bytes[257..262].SequenceEqual("ustar"u8) ? "a tar archive" : null;
    }
}
