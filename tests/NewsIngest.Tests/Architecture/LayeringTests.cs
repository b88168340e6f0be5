using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Architecture;

/// <summary>The arrows of docs/architecture.md: what each layer may name, checked on the sources.</summary>
public class LayeringTests
{
    [Theory]
    [InlineData("src/NewsIngest.Cli")]
    [InlineData("src/NewsIngest.Ingestion")]
    [InlineData("src/NewsIngest.Core")]
    public void Only_the_storage_engines_name_an_engine(string folder)
    {
        var offenders = Sources(folder)
            .Where(f => EngineNames.Any(name => File.ReadAllText(f).Contains(name, StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_store_contract_names_no_engine()
    {
        var contract = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src/NewsIngest.Storage"), "*.cs")
            .Concat(Sources("src/NewsIngest.Storage/Queries"))
            .Where(f => Path.GetFileName(f) != "StoreFactory.cs")
            .Where(f => EngineNames.Any(name => File.ReadAllText(f).Contains(name, StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(contract);
    }

    [Theory]
    [InlineData("Reading")]
    [InlineData("Parsing")]
    [InlineData("Html")]
    [InlineData("Dates")]
    [InlineData("Cleaning")]
    [InlineData("Text")]
    [InlineData("Warc")]
    [InlineData("Model")]
    public void The_stages_the_pipeline_runs_do_not_name_the_pipeline(string stage)
    {
        // Pipeline names them all; one of them naming Pipeline back (ParseOptions once lived there) is a cycle.
        var offenders = Sources($"src/NewsIngest.Core/{stage}")
            .Where(f => File.ReadAllText(f).Contains("using NewsIngest.Core.Pipeline;", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_date_parser_names_no_other_stage()
    {
        // One parser serves text files and pages: each caller adds its own context rules on top, never the reverse.
        var offenders = Sources("src/NewsIngest.Core/Dates")
            .Where(f => File.ReadAllText(f).Contains("using NewsIngest.", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(offenders);
    }

    private static readonly string[] EngineNames = ["SqliteArticleStore", "Microsoft.Data.Sqlite", "SQLitePCL", "Storage.Sqlite", "Npgsql"];

    private static IEnumerable<string> Sources(string folder) =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
