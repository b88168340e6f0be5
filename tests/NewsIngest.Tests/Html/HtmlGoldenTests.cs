using System.Security.Cryptography;
using NewsIngest.Core.Html;
using NewsIngest.Core.Model;
using NewsIngest.Core.Serialization;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Html;

/// <summary>
/// Every page under samples/html parses to the JSON recorded under Golden/html. Set UPDATE_GOLDEN=1 to rewrite the
/// expected files on purpose, then review the diff.
/// </summary>
public sealed class HtmlGoldenTests
{
    private static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples", "html"), "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_sample_page_parses_to_its_golden_record(string name)
    {
        var relative = $"samples/html/{name}";
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "samples", "html", name));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var article = HtmlArticleParser.Parse(relative, sha, bytes, Options);
        var actual = RecordJson.Serialize(ArticleRecord.From(article), indented: true);

        var goldenPath = Path.Combine(RepoPaths.Root, "tests", "NewsIngest.Tests", "Golden", "html", name + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual + "\n");
        }

        Assert.True(File.Exists(goldenPath), $"no golden file for {name}: run the tests once with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(goldenPath).TrimEnd('\n'), actual);
    }

    [Fact]
    public void There_is_a_sample_for_each_kind_of_page_the_issue_names()
    {
        var names = Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples", "html"), "*.html").Select(Path.GetFileName).ToList();

        Assert.Contains("jsonld-article.html", names);
        Assert.Contains("opengraph-only.html", names);
        Assert.Contains("byline-markup.html", names);
        Assert.Contains("paywall-stub.html", names);
        Assert.Contains("comments-related.html", names);
        Assert.Contains("listing-page.html", names);
    }
}
