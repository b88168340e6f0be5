using NewsIngest.Core.Pipeline;
using NewsIngest.Ingestion;
using NewsIngest.Storage;
using NewsIngest.Storage.Sqlite;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Ingestion;

public class DeduplicationIngestTests
{
    [Fact]
    public void After_ingesting_the_seeds_003_is_an_excerpt_of_002_and_nothing_else_is_a_duplicate()
    {
        using var folder = new TempFolder();
        var db = folder.File("news.db");
        CliRun.Invoke("ingest", SeedCopy.Into(folder), "--db", db);

        var links = Links(db);

        var link = Assert.Single(links);
        Assert.EndsWith("003_e060d66c6bc96e6c.txt", link.Path, StringComparison.Ordinal);
        Assert.EndsWith("002_01ecdc763dd10dac.txt", link.Canonical, StringComparison.Ordinal);
        Assert.Equal("excerpt", link.Kind);
        Assert.True(link.Similarity >= 0.9, $"similarity {link.Similarity}");
    }

    [Fact]
    public void Copies_that_arrive_in_a_later_run_are_linked_to_the_articles_stored_before()
    {
        using var folder = new TempFolder();
        var originals = folder.File("originals");
        var paths = SyntheticArticles.Write(originals, 120, seed: 11);
        var db = folder.File("news.db");
        CliRun.Invoke("ingest", originals, "--db", db);
        var before = Links(db).Count;
        foreach (var path in paths.Where((_, i) => i % 4 == 0))
        {
            var copy = folder.File(Path.Combine("copies", Path.GetFileName(path)));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.WriteAllText(copy, File.ReadAllText(path).Replace("Title:", "Title: Re-posted:", StringComparison.Ordinal));
        }

        var second = CliRun.Invoke("ingest", folder.File("copies"), "--db", db);

        Assert.Equal(0, second.ExitCode);
        var links = Links(db);
        Assert.Equal(before + 30, links.Count);
        var canonicalOf = links.ToDictionary(l => l.Path, l => l.Canonical);
        foreach (var original in paths.Where((_, i) => i % 4 == 0))
        {
            var copy = folder.File(Path.Combine("copies", Path.GetFileName(original)));
            Assert.Equal(canonicalOf.GetValueOrDefault(original, original), canonicalOf.GetValueOrDefault(copy, copy));
        }
    }

    [Fact]
    public void A_more_complete_copy_that_arrives_later_becomes_the_canonical()
    {
        using var folder = new TempFolder();
        string[] paragraphs =
        [
            "The council approved the new breakwater for the old harbour on Tuesday evening after a long debate.",
            "Engineers say the stone barrier will shelter the inner moorings from the winter swell that wrecked boats last year.",
            "Fishermen who have waited a decade for the work welcomed the vote, though some worry about the cost overruns.",
            "Construction is due to begin in the spring, once the tern colony on the north mole has finished nesting.",
            "The mayor thanked the residents who packed the hall and promised regular reports on the progress of the work.",
            "Opponents had argued that the money would be better spent on the crumbling sea wall along the promenade.",
            "A smaller group of sailors asked for a wider entrance channel so that larger yachts could still reach the quay.",
            "The harbour master said the final design already allowed for that and would be published next month.",
        ];
        var db = folder.File("news.db");
        folder.Write("first/short.txt", "Title: Breakwater plan\n\n" + string.Join("\n\n", paragraphs.Take(5)) + "\n");
        CliRun.Invoke("ingest", folder.File("first"), "--db", db);
        folder.Write("second/full.txt", "Title: Breakwater plan approved\nDate: 2025-04-02\n\n" + string.Join("\n\n", paragraphs) + "\n");

        CliRun.Invoke("ingest", folder.File("second"), "--db", db);

        var link = Assert.Single(Links(db));
        Assert.EndsWith("short.txt", link.Path, StringComparison.Ordinal);
        Assert.EndsWith("full.txt", link.Canonical, StringComparison.Ordinal);
        Assert.Equal("excerpt", link.Kind);
    }

    [Fact]
    public void Many_copies_of_one_story_form_one_cluster_while_each_key_is_stored_for_at_most_a_few_articles()
    {
        using var folder = new TempFolder();
        var story = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "002_01ecdc763dd10dac.txt"));
        for (var i = 0; i < 20; i++)
        {
            folder.Write($"in/copy{i:D2}.txt", story);
        }

        var db = folder.File("news.db");
        CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        Assert.Equal("19", StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"));
        Assert.Equal("1", StoreSnapshot.Scalar(db, "SELECT count(DISTINCT coalesce(duplicate_of, id)) FROM articles"));
        var perKey = int.Parse(StoreSnapshot.Scalar(db, "SELECT max(n) FROM (SELECT count(*) AS n FROM dedup_keys GROUP BY key)"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(perKey, 1, NewsIngest.Core.Dedup.DedupOptions.Default.MaxArticlesPerKey);
    }

    [Fact]
    public void Keys_written_in_many_small_flushes_find_the_same_duplicates_as_keys_written_once()
    {
        using var folder = new TempFolder();
        var input = folder.File("in");
        var paths = SyntheticArticles.Write(input, 240, seed: 5);
        foreach (var (path, i) in paths.Select((p, i) => (p, i)).Where(x => x.i % 6 == 0))
        {
            // Copies spread over the run, so that many of them meet their original only through flushed keys.
            var text = File.ReadAllText(path);
            var half = text[..(text.Length * 2 / 3)];
            File.WriteAllText(Path.Combine(input, $"z-copy{i:D3}.txt"), i % 12 == 0 ? text.Replace("Title:", "Title: Again:", StringComparison.Ordinal) : half);
        }

        var once = Ingest(folder.File("once.db"), int.MaxValue);
        var flushed = Ingest(folder.File("flushed.db"), 500);

        Assert.Equal(40, once.Count(l => Path.GetFileName(l.Path).StartsWith("z-copy", StringComparison.Ordinal)));
        Assert.Equal(once, flushed);
        const string keys = "SELECT count(*) || '/' || count(DISTINCT key) FROM dedup_keys";
        Assert.Equal(StoreSnapshot.Scalar(folder.File("once.db"), keys), StoreSnapshot.Scalar(folder.File("flushed.db"), keys));
        Assert.Equal("0", StoreSnapshot.Scalar(folder.File("flushed.db"), "SELECT count(*) FROM dedup_unkeyed"));

        List<(string Path, string Canonical, string Kind, double Similarity)> Ingest(string db, int flushRows)
        {
            using (var store = SqliteArticleStore.Open(db, StoreMode.ReadWrite))
            {
                var options = new IngestOptions { Jobs = 1, BatchSize = 16 };
                store.Duplicates.FlushRows = flushRows;
                new IngestRunner(new ArticlePipeline(), options, new FailOnError()) { KeyFlushRows = flushRows }
                    .Run([input], store, "test", CancellationToken.None);
            }

            return Links(db);
        }
    }

    [Fact]
    public void Articles_whose_keys_a_dead_run_never_wrote_get_them_from_the_next_run()
    {
        using var folder = new TempFolder();
        var paths = SyntheticArticles.Write(folder.File("originals"), 60, seed: 3);
        var db = folder.File("news.db");
        CliRun.Invoke("ingest", folder.File("originals"), "--db", db);
        var keys = StoreSnapshot.Scalar(db, "SELECT count(*) FROM dedup_keys");
        // What a run killed before it wrote its pending keys leaves behind: articles listed as unkeyed, no keys.
        StoreSnapshot.Execute(db, "DELETE FROM dedup_keys; INSERT INTO dedup_unkeyed (article_id) SELECT id FROM articles");

        folder.Write("copies/copy.txt", File.ReadAllText(paths[17]).Replace("Title:", "Title: Again:", StringComparison.Ordinal));
        var run = CliRun.Invoke("ingest", folder.File("copies"), "--db", db);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("recomputing the duplicate keys of 60 stored articles first", run.Error, StringComparison.Ordinal);

        // The copy sorts first by path, so it is the canonical of the pair: either way the two are one cluster.
        var link = Assert.Single(Links(db), l => l.Canonical.EndsWith("copy.txt", StringComparison.Ordinal));
        Assert.Equal((paths[17], folder.File("copies/copy.txt")), (link.Path, link.Canonical));
        Assert.Equal("0", StoreSnapshot.Scalar(db, "SELECT count(*) FROM dedup_unkeyed"));
        Assert.Equal(keys, StoreSnapshot.Scalar(db, "SELECT count(*) FROM dedup_keys WHERE article_id IN (SELECT id FROM articles WHERE path NOT LIKE '%copy.txt')"));
    }

    [Fact]
    public void A_store_keyed_before_the_anchor_spacing_changed_is_rekeyed_by_the_next_ingest()
    {
        using var folder = new TempFolder();
        var paths = SyntheticArticles.Write(folder.File("originals"), 80, seed: 7);
        var db = folder.File("news.db");
        Assert.Empty(Ingest(folder.File("originals")));
        const string keys = "SELECT count(*) || '/' || sum(key % 1000003) || '/' || sum(article_id) FROM dedup_keys";
        var expected = StoreSnapshot.Scalar(db, keys);
        // What a schema 5 store holds: keys made with the old spacing, which the new keys never meet.
        StoreSnapshot.Execute(db, "DELETE FROM dedup_keys; INSERT INTO dedup_keys SELECT id * 7919, id FROM articles; " +
            "DROP INDEX articles_url; ALTER TABLE articles DROP COLUMN url; ALTER TABLE articles DROP COLUMN fetched; " +
            "ALTER TABLE runs DROP COLUMN passed_over; PRAGMA user_version = 5");

        folder.Write("copies/copy.txt", File.ReadAllText(paths[41]).Replace("Title:", "Title: Again:", StringComparison.Ordinal));
        var recomputed = Ingest(folder.File("copies"));

        Assert.Equal([80], recomputed);
        Assert.Equal(Migrations.Latest.ToString(System.Globalization.CultureInfo.InvariantCulture), StoreSnapshot.Scalar(db, "PRAGMA user_version"));
        Assert.Equal("0", StoreSnapshot.Scalar(db, "SELECT count(*) FROM dedup_unkeyed"));
        Assert.Equal(expected, StoreSnapshot.Scalar(db, keys.Replace("FROM dedup_keys", "FROM dedup_keys WHERE article_id <= 80", StringComparison.Ordinal)));
        // The original is a near copy of another story already: its copy joins that cluster.
        var canonical = Links(db).ToDictionary(l => l.Path, l => l.Canonical);
        Assert.Equal(canonical.GetValueOrDefault(paths[41], paths[41]), canonical[folder.File("copies/copy.txt")]);

        List<int> Ingest(string input)
        {
            // Small flushes: the recovery writes its keys in several sorted runs, as a large store's would.
            using var store = SqliteArticleStore.Open(db, StoreMode.ReadWrite);
            var observer = new FailOnError();
            store.Duplicates.FlushRows = 700;
            new IngestRunner(new ArticlePipeline(), new IngestOptions { BatchSize = 16 }, observer) { KeyFlushRows = 700 }
                .Run([input], store, "test", CancellationToken.None);
            return observer.Recomputed;
        }
    }

    [Fact]
    public void A_run_lets_the_wal_grow_to_8192_pages_between_checkpoints()
    {
        using var folder = new TempFolder();
        SyntheticArticles.Write(folder.File("in"), 5, seed: 2);
        using var store = SqliteArticleStore.Open(folder.File("news.db"), StoreMode.ReadWrite);
        Assert.Equal(1000L, store.CheckpointPages);

        new IngestRunner(new ArticlePipeline(), new IngestOptions(), new FailOnError()).Run([folder.File("in")], store, "test", CancellationToken.None);

        Assert.Equal(SqliteArticleStore.BulkCheckpointPages, store.CheckpointPages);
    }

    private static List<(string Path, string Canonical, string Kind, double Similarity)> Links(string db)
    {
        var rows = StoreSnapshot.Rows(
            db,
            "SELECT a.path, c.path, a.duplicate_kind, a.similarity FROM articles a JOIN articles c ON c.id = a.duplicate_of ORDER BY a.path");
        return [.. rows.Select(r => (r[0], r[1], r[2], double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)))];
    }

    private sealed class FailOnError : IIngestObserver
    {
        public void FileFailed(string path, string reason) => Assert.Fail($"{path}: {reason}");

        public void Progress(int done, int total)
        {
        }

        public List<int> Recomputed { get; } = [];

        public void RecomputingKeys(int articles) => Recomputed.Add(articles);
    }
}
