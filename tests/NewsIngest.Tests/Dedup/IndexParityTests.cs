using System.Globalization;
using NewsIngest.Core.Dedup;
using NewsIngest.Core.Pipeline;
using NewsIngest.Ingestion;
using NewsIngest.Storage;
using NewsIngest.Storage.Queries;
using NewsIngest.Storage.Sqlite;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Dedup;

/// <summary>
/// One duplicate engine: the same files ingested into a real SQLite store and run through the in-memory index (what
/// <c>validate</c> uses) give the same clusters, the same canonicals, kinds and measures, including a story copied
/// more often than the per-key cap and copies split across batches.
/// </summary>
public class IndexParityTests
{
    [Fact]
    public void A_sqlite_store_and_the_in_memory_index_cluster_the_same_files_alike()
    {
        using var folder = new TempFolder();
        var input = folder.File("in");
        SyntheticArticles.Write(input, 150, seed: 31);
        string[] desks = ["Ana", "Ben", "Cleo", "Dev", "Edda", "Finn", "Gus", "Hana", "Ivo", "Jon", "Kai", "Lea"];
        for (var i = 0; i < desks.Length; i++)
        {
            // More copies than the per-key cap, some edited, some cut: the cap decides which become candidates.
            var body = i % 3 == 1 ? DedupSamples.StoryExcerpt : $"{DedupSamples.Story}\n\nReporting by {desks[i]} at the city desk.";
            folder.Write($"in/story-{i:D2}.txt", $"Title: Fair returns {i}\n\n{body}\n");
        }

        foreach (var (name, amount) in new[] { ("auction-a", "4.5"), ("auction-b", "5.0"), ("auction-c", "4.5") })
        {
            folder.Write($"in/{name}.txt", $"Title: Bill auction\n\n{DedupSamples.AuctionReport(amount, "3.12", "2.8", "Monday")}\n");
        }

        using var store = SqliteArticleStore.Open(folder.File("news.db"), StoreMode.ReadWrite);
        new IngestRunner(new ArticlePipeline(), new IngestOptions { BatchSize = 16, CommitEvery = 32 }, new Silent())
            .Run([input], store, "test", CancellationToken.None);
        var stored = store.ListClusters()
            .Select(c => Describe(c.Canonical.Path, c.Duplicates.Select(d => (d.Path, d.Kind!, d.Similarity!.Value))))
            .Order(StringComparer.Ordinal)
            .ToList();

        // The same files, parsed again, in the store's id order, with what the canonical choice needs about each.
        var pipeline = new ArticlePipeline();
        var articles = store.Export(ArticleFilter.Everything, query: null).Select(a => a.Id!.Value).ToList()
            .Select(id => store.Duplicates.LoadMember(id))
            .Select(member => (Body: Body(pipeline, member.Path), Member: member))
            .ToList();
        var index = InMemoryDuplicateIndex.Detect(articles);
        var pathOf = articles.ToDictionary(a => a.Member.Id, a => a.Member.Path);
        var inMemory = index.Clusters()
            .Select(c => Describe(pathOf[c.CanonicalId], c.Duplicates.Select(d => (pathOf[d.Id], d.Kind.ToContractString()!, d.Similarity))))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(stored, inMemory);
        // The corpus has what the comparison needs to mean something: a cluster larger than the cap, near copies and
        // excerpts, and a recurring report (other figures) kept apart from its twin.
        Assert.Contains(stored, c => c.Split('\n').Length > DedupOptions.Default.MaxArticlesPerKey + 1);
        Assert.Contains(stored, c => c.Contains(" near ", StringComparison.Ordinal));
        Assert.Contains(stored, c => c.Contains(" excerpt ", StringComparison.Ordinal));
        Assert.Contains(stored, c => c.Contains("auction-c", StringComparison.Ordinal) && !c.Contains("auction-b", StringComparison.Ordinal));
    }

    private static string Body(ArticlePipeline pipeline, string path) =>
        pipeline.Parse(path, File.ReadAllBytes(path)) is ParseOutcome.Success { Article: var article }
            ? article.Body
            : throw new InvalidOperationException($"{path} did not parse");

    private static string Describe(string canonical, IEnumerable<(string Path, string Kind, double Similarity)> copies) =>
        Path.GetFileName(canonical) + "\n" + string.Join("\n", copies
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(c.Path)} {c.Kind} {Math.Round(c.Similarity, 4):0.0000}"))
            .Order(StringComparer.Ordinal));

    private sealed class Silent : IIngestObserver
    {
        public void FileFailed(string path, string reason) => Assert.Fail($"{path}: {reason}");

        public void Progress(int done, int total)
        {
        }
    }
}
