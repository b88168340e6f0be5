using BenchmarkDotNet.Attributes;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Benchmarks.Micro;

/// <summary>The text path of <see cref="ArticlePipeline.Parse"/> (hash, decode, <c>TextArticleParser</c>, clean, language).</summary>
public class TextParserBenchmarks
{
    private readonly ArticlePipeline _pipeline = new();
    private (string Name, byte[] Bytes)[] _seeds = [];
    private (string Name, byte[] Bytes)[] _samples = [];
    private (string Name, byte[] Bytes) _long;

    [GlobalSetup]
    public void Setup()
    {
        _seeds = MicroInputs.Seeds;
        _samples = MicroInputs.TextSamples;
        _long = MicroInputs.LongArticle;
    }

    [Benchmark(Description = "Parse: the 5 seeds")]
    public int ParseSeeds() => ParseAll(_seeds);

    [Benchmark(Description = "Parse: all text samples")]
    public int ParseSamples() => ParseAll(_samples);

    [Benchmark(Description = "Parse: generated article")]
    public ParseOutcome ParseLong() => _pipeline.Parse(_long.Name, _long.Bytes);

    private int ParseAll((string Name, byte[] Bytes)[] files)
    {
        var words = 0;
        foreach (var (name, bytes) in files)
        {
            words += _pipeline.Parse(name, bytes) is ParseOutcome.Success s ? s.Article.WordCount : 0;
        }

        return words;
    }
}
