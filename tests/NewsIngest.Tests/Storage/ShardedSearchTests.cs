using NewsIngest.Storage;
using NewsIngest.Storage.Queries;
using NewsIngest.Storage.Sqlite;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Storage;

/// <summary>Ranking a large store in two halves at once must give exactly what one pass gives.</summary>
public class ShardedSearchTests(ShardedSearchTests.GeneratedStore generated) : IClassFixture<ShardedSearchTests.GeneratedStore>
{
    public static TheoryData<string, string?, string?, bool, int?> Queries => new()
    {
        { "council", null, null, false, 20 },
        { "the", null, null, false, 20 },
        { "the", null, null, true, 7 },
        { "the OR harbour", "2024-06", null, false, 50 },
        { "\"the council\"", null, null, false, null },
        { "railway NOT bridge", null, "2025", false, 20 },
        { "festival*", null, null, true, 1 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Two_halves_ranked_at_once_give_the_rows_ranks_and_snippets_of_one_pass(string query, string? since, string? until, bool duplicates, int? limit)
    {
        var db = generated.Db;
        using var store = SqliteArticleStore.Open(db, StoreMode.ReadOnly);
        var filter = new ArticleFilter { Since = since, Until = until, IncludeDuplicates = duplicates, Limit = limit };

        store.SearchShards = 1;
        var single = store.Search(query, filter, SnippetMarks.Brackets);
        store.SearchShards = 2;
        var sharded = store.Search(query, filter, SnippetMarks.Brackets);

        Assert.NotEmpty(single);
        Assert.Equal(Describe(single), Describe(sharded));
    }

    [Theory]
    [InlineData("the", 1, null)]
    [InlineData("the", 20, null)]
    [InlineData("council", 300, null)]
    [InlineData("\"the council\"", 5, null)]
    [InlineData("the", 20, "2024-03-01")]
    [InlineData("the", 20, "2025-08-01")]
    [InlineData("railway", 3, "2025-06")]
    public void Filtering_the_best_matches_keeps_the_best_articles_that_pass_in_order(string query, int limit, string? since)
    {
        using var store = SqliteArticleStore.Open(generated.Db, StoreMode.ReadOnly);
        var all = store.Search(query, new ArticleFilter { IncludeDuplicates = true, Limit = null }, SnippetMarks.Brackets);
        var day = since is null ? "" : since.Length == 7 ? since + "-01" : since;

        var kept = store.Search(query, new ArticleFilter { Since = since, Limit = limit }, SnippetMarks.Brackets);

        Assert.Contains(all, r => r.DuplicateOf is not null);
        var expected = all.Where(r => r.DuplicateOf is null && string.CompareOrdinal(r.Published, day) >= 0).Take(limit).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(Describe(expected), Describe(kept));
    }

    [Theory]
    [InlineData("the", true)]
    [InlineData("the", false)]
    [InlineData("council OR railway OR harbour", false)]
    public void Snippets_made_in_one_pass_for_many_rows_equal_those_looked_up_row_by_row(string query, bool duplicates)
    {
        using var store = SqliteArticleStore.Open(generated.Db, StoreMode.ReadOnly);
        var all = store.Search(query, new ArticleFilter { IncludeDuplicates = duplicates, Limit = null }, SnippetMarks.Brackets);
        Assert.True(all.Count > SqliteSearch.LookUpSnippetsBelow, $"{all.Count} rows: too few to take the one-pass path");

        // Pages of a few rows each are looked up row by row; every page must be the same rows of the whole list.
        foreach (var take in new[] { 1, 20, SqliteSearch.LookUpSnippetsBelow })
        {
            var page = store.Search(query, new ArticleFilter { IncludeDuplicates = duplicates, Limit = take }, SnippetMarks.Brackets);
            Assert.Equal(Describe([.. all.Take(take)]), Describe(page));
        }

        Assert.Equal(all.Count, all.Select(r => r.Id).Distinct().Count());
    }

    private static List<string> Describe(IReadOnlyList<NewsIngest.Core.Serialization.ArticleRecord> rows) =>
        [.. rows.Select(r => $"{r.Id} {r.Rank:R} {r.Snippet}")];

    /// <summary>One store for the theory: 400 generated articles with their edited copies and excerpts, ingested by the CLI.</summary>
    public sealed class GeneratedStore : IDisposable
    {
        private readonly TempFolder _folder = new();

        public GeneratedStore()
        {
            SyntheticArticles.Write(_folder.File("in"), 400, seed: 9);
            Db = _folder.File("news.db");
            Assert.Equal(0, CliRun.Invoke("ingest", _folder.File("in"), "--db", Db).ExitCode);
        }

        public string Db { get; }

        public void Dispose() => _folder.Dispose();
    }
}
