using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Benchmarks.Micro;

/// <summary>
/// The HTML path of <see cref="ArticlePipeline.Parse"/> on each page of <c>samples/html/</c>, against AngleSharp's
/// bare parse of the same page as the baseline: the ratio is what metadata and content scoring add on top.
/// </summary>
public class HtmlParserBenchmarks
{
    private readonly ArticlePipeline _pipeline = new();
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });
    private byte[] _bytes = [];

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = "";

    public static IEnumerable<string> Pages() => MicroInputs.HtmlSamples.Select(s => s.Name);

    [GlobalSetup]
    public void Setup() => _bytes = MicroInputs.HtmlSamples.Single(s => s.Name == Page).Bytes;

    [Benchmark(Baseline = true, Description = "AngleSharp bare parse")]
    public int AngleSharpParse()
    {
        using var document = _parser.ParseDocument(Encoding.UTF8.GetString(_bytes));
        return document.All.Length;
    }

    [Benchmark(Description = "ArticlePipeline.Parse (HTML)")]
    public ParseOutcome PipelineParse() => _pipeline.Parse(Page, _bytes);
}
