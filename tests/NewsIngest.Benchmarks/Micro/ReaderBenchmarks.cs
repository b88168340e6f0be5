using BenchmarkDotNet.Attributes;
using NewsIngest.Core.Reading;

namespace NewsIngest.Benchmarks.Micro;

/// <summary><see cref="ArticleDecoder.Decode"/>: bytes to NFC text with "\n" line ends, on the seeds and the odd encodings.</summary>
public class ReaderBenchmarks
{
    private (string Name, byte[] Bytes)[] _seeds = [];
    private byte[] _utf16 = [];
    private byte[] _windows1252 = [];
    private byte[] _long = [];

    [GlobalSetup]
    public void Setup()
    {
        _seeds = MicroInputs.Seeds;
        _utf16 = MicroInputs.TextSamples.Single(s => s.Name.Contains("utf16", StringComparison.Ordinal)).Bytes;
        _windows1252 = MicroInputs.TextSamples.Single(s => s.Name.Contains("windows_1252", StringComparison.Ordinal)).Bytes;
        _long = MicroInputs.LongArticle.Bytes;
    }

    [Benchmark(Description = "Decode: the 5 seeds")]
    public int DecodeSeeds()
    {
        var total = 0;
        foreach (var (_, bytes) in _seeds)
        {
            total += ArticleDecoder.Decode(bytes) is DecodeOutcome.Decoded d ? d.Value.Text.Length : 0;
        }

        return total;
    }

    [Benchmark(Description = "Decode: generated article")]
    public DecodeOutcome DecodeLong() => ArticleDecoder.Decode(_long);

    [Benchmark(Description = "Decode: UTF-16 sample")]
    public DecodeOutcome DecodeUtf16() => ArticleDecoder.Decode(_utf16);

    [Benchmark(Description = "Decode: Windows-1252 sample")]
    public DecodeOutcome DecodeWindows1252() => ArticleDecoder.Decode(_windows1252);
}
