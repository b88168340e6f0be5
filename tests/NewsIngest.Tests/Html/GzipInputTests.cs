using System.IO.Compression;
using NewsIngest.Core.Html;

namespace NewsIngest.Tests.Html;

public sealed class GzipInputTests
{
    private static byte[] Pack(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return packed.ToArray();
    }

    [Fact]
    public void TryDecompress_returns_the_original_bytes()
    {
        var ok = GzipInput.TryDecompress(Pack("<html>hello</html>"u8.ToArray()), out var result);

        Assert.True(ok);
        Assert.Equal("<html>hello</html>"u8.ToArray(), result);
    }

    [Fact]
    public void TryDecompress_refuses_a_stream_that_inflates_past_the_cap()
    {
        var bomb = Pack(new byte[10_000_000]);

        Assert.True(bomb.Length < 100_000);
        Assert.False(GzipInput.TryDecompress(bomb, maxBytes: 1_000_000, out var result));
        Assert.Empty(result);
    }

    [Fact]
    public void TryDecompress_says_no_to_bytes_that_are_not_gzip_or_are_corrupt()
    {
        Assert.False(GzipInput.TryDecompress("<html>"u8, out _));
        Assert.False(GzipInput.TryDecompress([0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF], out _));
    }
}
