namespace NewsIngest.Ingestion;

/// <summary>
/// Reads a listed file whole, but never more than the size limit: a file can grow between the size check and the
/// read, and a path can name a device that never ends.
/// </summary>
internal static class BoundedFileReader
{
    /// <summary>The file's bytes, shorter if it was truncated meanwhile; null when it now holds more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? Read(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var expected = stream.Length;
        if (expected > limit)
        {
            return null;
        }

        var buffer = new byte[expected];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                return buffer[..filled];
            }

            filled += read;
        }

        // The common case ends here: one probe byte shows the file did not grow after it was measured.
        var next = stream.ReadByte();
        if (next < 0)
        {
            return buffer;
        }

        return ReadRest(stream, [.. buffer, (byte)next], limit);
    }

    /// <summary>
    /// <paramref name="already"/> and the rest of <paramref name="stream"/> to its end (a pipe's too), never holding
    /// more than <paramref name="limit"/> bytes; null when the whole is over it.
    /// </summary>
    public static byte[]? ReadRest(Stream stream, ReadOnlySpan<byte> already, long limit)
    {
        if (already.Length > limit)
        {
            return null;
        }

        using var grown = new MemoryStream();
        grown.Write(already);
        var chunk = new byte[81920];
        int count;
        while ((count = stream.Read(chunk)) > 0)
        {
            if (grown.Length + count > limit)
            {
                return null;
            }

            grown.Write(chunk, 0, count);
        }

        return grown.ToArray();
    }
}
