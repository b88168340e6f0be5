using System.IO.Compression;

namespace NewsIngest.Evaluation.Corpora.Html;

/// <summary>Reads the corpora's gzipped pages back to their original bytes.</summary>
public static class Gzip
{
    public static byte[] ReadAll(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }
}
