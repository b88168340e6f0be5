using BenchmarkDotNet.Attributes;
using NewsIngest.Core.Dedup;

namespace NewsIngest.Benchmarks.Micro;

/// <summary>
/// <see cref="DuplicateJudge.Judge(DedupDocument, DedupDocument, DedupOptions)"/> on prepared documents: the cost of
/// confirming one candidate pair. Pairs: the seeds' excerpt (003 of 002), two unrelated seeds, and the generated
/// article against a lightly edited copy of itself (a near duplicate).
/// </summary>
public class JudgeBenchmarks
{
    private readonly DedupOptions _options = DedupOptions.Default;
    private DedupDocument _excerptA = null!;
    private DedupDocument _excerptB = null!;
    private DedupDocument _unrelatedA = null!;
    private DedupDocument _unrelatedB = null!;
    private DedupDocument _near = null!;
    private DedupDocument _nearEdited = null!;
    private string _body = "";

    [GlobalSetup]
    public void Setup()
    {
        var seeds = MicroInputs.Seeds;
        _excerptA = Prepare(MicroInputs.Body(seeds.Single(s => s.Name.StartsWith("002", StringComparison.Ordinal))));
        _excerptB = Prepare(MicroInputs.Body(seeds.Single(s => s.Name.StartsWith("003", StringComparison.Ordinal))));
        _unrelatedA = Prepare(MicroInputs.Body(seeds[0]));
        _unrelatedB = Prepare(MicroInputs.Body(seeds[1]));
        var body = MicroInputs.Body(MicroInputs.LongArticle);
        _body = body;
        _near = Prepare(body);
        // Every 40th word changed: about the 1-5% edit rate of the generator's "edit" variants.
        var words = body.Split(' ');
        for (var i = 0; i < words.Length; i += 40)
        {
            words[i] = "altered";
        }

        _nearEdited = Prepare(string.Join(' ', words));
    }

    [Benchmark(Description = "Judge: excerpt pair (seeds)")]
    public DuplicateVerdict Excerpt() => DuplicateJudge.Judge(_excerptA, _excerptB, _options);

    [Benchmark(Description = "Judge: unrelated pair (seeds)")]
    public DuplicateVerdict Unrelated() => DuplicateJudge.Judge(_unrelatedA, _unrelatedB, _options);

    [Benchmark(Description = "Judge: near pair (generated)")]
    public DuplicateVerdict Near() => DuplicateJudge.Judge(_near, _nearEdited, _options);

    [Benchmark(Description = "DedupDocument.Prepare")]
    public DedupDocument PrepareDocument() => DedupDocument.Prepare(_body, _options);

    private DedupDocument Prepare(string body) => DedupDocument.Prepare(body, _options);
}
