using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Serialization;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Golden;

/// <summary>
/// Every text file in <c>seeds/</c> and <c>samples/</c> (top level) is parsed and compared with its reviewed
/// record under <c>Golden/&lt;folder&gt;/&lt;name&gt;.json</c>. <c>UPDATE_GOLDEN=1</c> rewrites the records instead:
/// review the diff before committing.
/// </summary>
public class GoldenTests
{
    private static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    public static TheoryData<string> Inputs() => new(InputPaths());

    private static List<string> InputPaths()
    {
        var root = RepoPaths.Root;
        var paths = new List<string>();
        foreach (var folder in new[] { "seeds", "samples" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder), "*.txt").Order(StringComparer.Ordinal))
            {
                paths.Add($"{folder}/{Path.GetFileName(file)}");
            }
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parse_gives_the_reviewed_record(string relativePath)
    {
        var root = RepoPaths.Root;
        var bytes = File.ReadAllBytes(Path.Combine(root, relativePath));

        var outcome = new ArticlePipeline(Options).Parse(relativePath, bytes);

        var article = Assert.IsType<ParseOutcome.Success>(outcome).Article;
        var json = RecordJson.Serialize(ArticleRecord.From(article), indented: true) + "\n";
        var golden = GoldenPath(root, relativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, json);
            return;
        }

        Assert.True(File.Exists(golden), $"no golden record for {relativePath}: run the tests with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(golden), json);
    }

    [Fact]
    public void There_are_at_least_25_samples_and_no_golden_record_without_its_input()
    {
        var root = RepoPaths.Root;
        var inputs = InputPaths().Select(path => GoldenPath(root, path)).ToHashSet();
        // Golden/html belongs to the HTML parser's own golden tests.
        var goldens = new[] { "seeds", "samples" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, "tests", "NewsIngest.Tests", "Golden", folder), "*.json"));

        Assert.True(Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").Length >= 25);
        Assert.All(goldens, g => Assert.Contains(g, inputs));
    }

    private static string GoldenPath(string root, string relativePath)
    {
        var folder = relativePath[..relativePath.IndexOf('/')];
        var name = Path.GetFileNameWithoutExtension(relativePath);
        return Path.Combine(root, "tests", "NewsIngest.Tests", "Golden", folder, name + ".json");
    }
}
