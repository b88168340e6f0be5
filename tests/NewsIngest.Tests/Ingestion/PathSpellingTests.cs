using NewsIngest.Core.Pipeline;
using NewsIngest.Ingestion;
using NewsIngest.Storage;
using NewsIngest.Storage.Queries;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Ingestion;

/// <summary>
/// A file is one file however its path is typed: <c>ingest seeds</c>, <c>ingest ./seeds/</c> and <c>ingest
/// /full/path/seeds</c> store the seeds once, and a store written when paths were kept as typed is repaired by the
/// next run. The program runs as a process, in a working folder of the test's own.
/// </summary>
[Trait("Category", "Process")]
public sealed class PathSpellingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _seeds;
    private readonly string _db;

    public PathSpellingTests()
    {
        _seeds = SeedCopy.Into(_folder);
        _db = _folder.File("store.db");
    }

    [Fact]
    public void Three_spellings_of_one_folder_store_each_file_once_under_its_absolute_path()
    {
        var first = CliProcess.RunIn(_folder.Path, "ingest", "seeds", "--db", _db);
        var second = CliProcess.RunIn(_folder.Path, "ingest", "./seeds/", "--db", _db);
        var third = CliProcess.RunIn(_folder.Path, "ingest", _seeds, "--db", _db);
        var fourth = CliProcess.RunIn(_seeds, "ingest", "../seeds//", "--db", _db);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("5 new", first.Output, StringComparison.Ordinal);
        foreach (var again in new[] { second, third, fourth })
        {
            Assert.True(again.ExitCode == 0, again.Error);
            Assert.Contains("5 files seen: 0 new, 0 updated, 5 unchanged", again.Output, StringComparison.Ordinal);
        }

        var paths = StoredPaths();
        Assert.Equal(5, paths.Count);
        Assert.All(paths, p => Assert.StartsWith(_seeds + Path.DirectorySeparatorChar, p, StringComparison.Ordinal));
        var name = Path.GetFileName(paths[0]);
        var show = CliProcess.RunIn(_folder.Path, "show", $"seeds/{name}", "--db", _db, "--format", "json");
        Assert.True(show.ExitCode == 0, show.Error);

        // The stored copy of a file is not a duplicate of the file, whichever way its path is typed.
        var validate = CliProcess.RunIn(_folder.Path, "validate", $"seeds/{name}", "--db", _db, "--format", "json");
        Assert.DoesNotContain("NI108", validate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_holding_a_file_under_several_spellings_is_repaired_by_the_next_run_not_duplicated()
    {
        // What earlier versions wrote: each spelling its own row, the copies linked to the first as exact duplicates.
        var pipeline = new ArticlePipeline();
        using (var store = StoreFactory.Open(_db, StoreMode.ReadWrite))
        {
            var run = store.StartRun("{}", "old", DateTimeOffset.UnixEpoch);
            store.Begin();
            foreach (var file in Directory.GetFiles(_seeds).Order(StringComparer.Ordinal))
            {
                var article = ((ParseOutcome.Success)pipeline.Parse(file, File.ReadAllBytes(file))).Article;
                long? first = null;
                foreach (var spelling in new[] { $"seeds/{Path.GetFileName(file)}", $"./seeds/{Path.GetFileName(file)}" })
                {
                    var id = store.UpsertArticle(article with { Path = spelling }, article.Sha256, run).Id;
                    store.IndexArticles([(id, article.Title, article.Body)]);
                    store.UpsertFile(spelling, 1, "2000-01-01T00:00:00.000Z", "stale", FileStatus.Stored, null, id, run);
                    if (first is { } canonical)
                    {
                        store.Duplicates.SetDuplicateLink(id, new Core.Dedup.DuplicateLink(id, canonical, Core.Dedup.DuplicateKind.Exact, 1.0, "exact: same text"));
                        store.Duplicates.SavePair(canonical, id);
                    }

                    first ??= id;
                }
            }

            store.Commit();
        }

        Assert.Equal(10, StoredPaths().Count);

        var repair = CliProcess.RunIn(_folder.Path, "ingest", "seeds", "--db", _db);

        Assert.True(repair.ExitCode == 0, repair.Error);
        Assert.Contains("5 files were stored under another spelling of their path", repair.Error, StringComparison.Ordinal);
        var paths = StoredPaths();
        Assert.Equal(5, paths.Count);
        Assert.All(paths, p => Assert.StartsWith(_seeds + Path.DirectorySeparatorChar, p, StringComparison.Ordinal));
        var clean = _folder.File("clean.db");
        Assert.Equal(0, CliProcess.RunIn(_folder.Path, "ingest", "seeds", "--db", clean).ExitCode);
        using var reader = StoreFactory.Open(_db, StoreMode.ReadOnly);
        using var cleanStore = StoreFactory.Open(clean, StoreMode.ReadOnly);
        Assert.Equal(cleanStore.Stats().Duplicates, reader.Stats().Duplicates);
        Assert.Equal(5, reader.LoadFiles().Count);
        var again = CliProcess.RunIn(_folder.Path, "ingest", "./seeds", "--db", _db);
        Assert.Contains("5 unchanged", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Respelled_finds_relative_and_unnormalised_spellings_of_this_runs_files_only()
    {
        var here = Directory.GetCurrentDirectory();
        var file = Path.Combine(here, "seeds", "a.txt");

        var found = PathForms.Respelled(
            ["seeds/a.txt", "./seeds//a.txt", Path.Combine(here, "seeds", ".", "a.txt"), file, "seeds/other.txt", "elsewhere/a.txt"],
            [file]);

        var merge = Assert.Single(found);
        Assert.Equal(file, merge.Path);
        Assert.Equal(["seeds/a.txt", "./seeds//a.txt", Path.Combine(here, "seeds", ".", "a.txt")], merge.Spellings);
    }

    private List<string> StoredPaths()
    {
        using var store = StoreFactory.Open(_db, StoreMode.ReadOnly);
        return [.. store.List(new ArticleFilter { Limit = null, IncludeDuplicates = true }).Select(a => a.Path).Order(StringComparer.Ordinal)];
    }

    public void Dispose() => _folder.Dispose();
}
