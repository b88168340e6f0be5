using BenchmarkDotNet.Attributes;
using NewsIngest.Core.Dedup;

namespace NewsIngest.Benchmarks.Micro;

/// <summary>
/// The signature stages on the clean body of the generated article: shingling, MinHash, LSH band keys and anchor
/// keys one by one, then <see cref="Fingerprinter.Compute(string, DedupOptions)"/> which does them all from one scan.
/// </summary>
public class DedupBenchmarks
{
    private readonly DedupOptions _options = DedupOptions.Default;
    private string _body = "";
    private ulong[] _sequence = [];
    private ulong[] _set = [];
    private uint[] _signature = [];
    private MinHasher _hasher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = MicroInputs.Body(MicroInputs.LongArticle);
        _sequence = Shingles.Sequence(_body, _options.ShingleSize);
        _set = Shingles.ToSet(_sequence);
        _hasher = Fingerprinter.Hasher(_options);
        _signature = _hasher.Compute(_set);
    }

    [Benchmark(Description = "Shingles.Words")]
    public ulong[] ShingleSet() => Shingles.Words(_body, _options.ShingleSize);

    [Benchmark(Description = "MinHasher.Compute (128)")]
    public uint[] MinHash() => _hasher.Compute(_set);

    [Benchmark(Description = "LshBands.Keys")]
    public ulong[] Bands() => LshBands.Keys(_signature, _options);

    [Benchmark(Description = "AnchorKeys.Keys")]
    public ulong[] Anchors() => AnchorKeys.Keys(_sequence, _options);

    [Benchmark(Description = "Fingerprinter.Compute")]
    public Fingerprint Fingerprint() => Fingerprinter.Compute(_body, _options);

    [Benchmark(Description = "Fingerprinter.Compute + document")]
    public Fingerprint FingerprintWithDocument() => Fingerprinter.Compute(_body, _options, out _);
}
