using Microsoft.Data.Sqlite;
using NewsIngest.Core.Model;
using NewsIngest.Storage;
using NewsIngest.Storage.Queries;
using NewsIngest.Storage.Sqlite;

namespace NewsIngest.Tests.Storage;

/// <summary>The read side of the store, on rows written through its own write API (independent of the parser).</summary>
public sealed class SqliteArticleStoreReadingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newsingest-reading-{Guid.NewGuid():N}");
    private readonly string _db;

    public SqliteArticleStoreReadingTests()
    {
        Directory.CreateDirectory(_folder);
        _db = Path.Combine(_folder, "store.db");
    }

    [Fact]
    public void Search_ranks_a_title_match_above_the_same_word_in_a_body()
    {
        Store(
            Article("body.txt", "The ferry timetable changes next week for the island route and the harbour", title: "Timetable news"),
            Article("title.txt", "The ferry timetable changes next week for the island route and the quay", title: "Harbour news"));

        var hits = Search("harbour");

        Assert.Equal(["title.txt", "body.txt"], hits.Select(h => h.Path));
        Assert.True(hits[0].Rank < hits[1].Rank);
    }

    [Fact]
    public void Search_marks_the_matches_of_the_body_snippet_with_the_given_marks()
    {
        Store(Article("a.txt", "Volunteers repainted the lighthouse on the pier before the storm arrived"));

        var hit = Assert.Single(Search("lighthouse", marks: new SnippetMarks("<<", ">>")));

        Assert.Contains("<<lighthouse>>", hit.Snippet, StringComparison.Ordinal);
        Assert.Null(Assert.Single(Search("lighthouse")).DuplicateOf);
    }

    [Fact]
    public void Search_hides_duplicates_unless_they_are_asked_for()
    {
        var ids = Store(Article("a.txt", "The marmalade contest had a record entry"), Article("b.txt", "The marmalade contest had a record entry too"));
        MarkDuplicate(ids[1], ids[0]);

        Assert.Equal(["a.txt"], Search("marmalade").Select(h => h.Path));
        Assert.Equal(["a.txt", "b.txt"], Search("marmalade", new ArticleFilter { IncludeDuplicates = true }).Select(h => h.Path).Order());
    }

    [Theory]
    [InlineData("AND AND")]
    [InlineData("\"unbalanced")]
    [InlineData("title:")]
    public void Search_turns_a_query_FTS5_rejects_into_one_line_that_quotes_it_and_suggests_a_phrase(string query)
    {
        Store(Article("a.txt", "Anything at all"));

        var ex = Assert.Throws<StoreException>(() => Search(query));

        Assert.Contains($"'{query}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("quote the phrase", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void The_suggested_phrase_drops_stray_quotes_and_is_a_query_FTS5_accepts()
    {
        Store(Article("a.txt", "Wire the AND AND gate"));

        var ex = Assert.Throws<StoreException>(() => Search("\"AND AND"));

        Assert.EndsWith("newsingest search '\"AND AND\"'", ex.Message, StringComparison.Ordinal);
        Assert.Single(Search("\"AND AND\""));
    }

    [Fact]
    public void Since_keeps_articles_from_that_day_on_and_leaves_out_undated_ones()
    {
        Store(Article("old.txt", "tram", published: "2025-09-30"), Article("new.txt", "tram", published: "2025-10-01"), Article("none.txt", "tram"));

        Assert.Equal(["new.txt"], List(new ArticleFilter { Since = "2025-10-01" }));
        Assert.Equal(["new.txt"], Search("tram", new ArticleFilter { Since = "2025-10-01" }).Select(h => h.Path));
        Assert.Equal(["new.txt", "old.txt"], List(new ArticleFilter { Since = "2025-09" }));
    }

    [Fact]
    public void Until_is_inclusive_and_reads_a_date_time_by_its_calendar_day()
    {
        Store(Article("late.txt", "tram", published: "2025-09-30T23:10:00-04:00"), Article("after.txt", "tram", published: "2025-10-01"), Article("none.txt", "tram"));

        Assert.Equal(["late.txt"], List(new ArticleFilter { Until = "2025-09-30" }));
        Assert.Equal(["late.txt"], List(new ArticleFilter { Until = "2025-09" }));
    }

    [Theory]
    [InlineData("2025-10-01", null, false)]
    [InlineData(null, "2025-09-30", false)]
    [InlineData("2025", null, true)]
    [InlineData(null, "2025", true)]
    [InlineData("2024-12-31", "2026-01-01", true)]
    [InlineData("2025-01-01", "2025-12-31", true)]
    [InlineData("2025-01-02", null, false)]
    public void A_bare_year_is_kept_only_when_the_whole_year_lies_within_the_bounds(string? since, string? until, bool kept)
    {
        Store(Article("year.txt", "tram", published: "2025"));

        Assert.Equal(kept, List(new ArticleFilter { Since = since, Until = until }).Count == 1);
    }

    [Fact]
    public void A_date_bound_that_is_not_a_year_month_or_day_is_refused()
    {
        Store(Article("a.txt", "tram", published: "2025-01-01"));

        Assert.Throws<ArgumentException>(() => List(new ArticleFilter { Since = "last week" }));
    }

    [Fact]
    public void Source_matches_ignoring_case_and_author_matches_one_whole_name_ignoring_case()
    {
        Store(
            Article("cnn.txt", "tram", source: "CNN", authors: ["Ada Byline", "Kylie Atwood"]),
            Article("other.txt", "tram", source: "Gazette", authors: ["Kylie Atwoodson"]));

        Assert.Equal(["cnn.txt"], List(new ArticleFilter { Source = "cnn" }));
        Assert.Equal(["cnn.txt"], List(new ArticleFilter { Author = "kylie atwood" }));
        Assert.Empty(List(new ArticleFilter { Author = "Kylie" }));
        Assert.Equal(["cnn.txt"], Search("tram", new ArticleFilter { Source = "CNN", Author = "Ada Byline" }).Select(h => h.Path));
    }

    [Fact]
    public void List_is_newest_first_with_undated_articles_last_in_id_order()
    {
        Store(
            Article("undated-1.txt", "x"),
            Article("old.txt", "x", published: "2024-01-05"),
            Article("undated-2.txt", "x"),
            Article("new.txt", "x", published: "2025-06-01T08:00:00Z"),
            Article("mid.txt", "x", published: "2024-11-30"));

        Assert.Equal(["new.txt", "mid.txt", "old.txt", "undated-1.txt", "undated-2.txt"], List(new ArticleFilter()));
    }

    [Fact]
    public void The_limit_is_applied_and_a_null_limit_returns_every_row()
    {
        Store([.. Enumerable.Range(0, 25).Select(i => Article($"{i:00}.txt", "tram"))]);

        Assert.Equal(ArticleFilter.DefaultLimit, List(new ArticleFilter()).Count);
        Assert.Equal(3, List(new ArticleFilter { Limit = 3 }).Count);
        Assert.Equal(25, List(new ArticleFilter { Limit = null }).Count);
        Assert.Equal(25, Search("tram", new ArticleFilter { Limit = null }).Count);
    }

    [Fact]
    public void Get_and_GetByPath_give_back_the_record_with_its_json_columns()
    {
        var article = Article("full.txt", "Body text here.", title: "Title", published: "2025-10-31", source: "CNN", authors: ["A One", "B Two"]) with
        {
            DateSource = DateSource.Header,
            Boilerplate = [new BoilerplateRemoval("The-CNN-Wire", BoilerplateReasons.WireTag)],
            Warnings = [new ParseWarning(WarningCodes.NoDate, "doubtful")],
            Modified = "2025-11-02T08:00:00+00:00",
            Provenance = new Dictionary<string, string> { ["title"] = "json-ld", ["published"] = "opengraph", ["source"] = "meta" },
        };
        var id = Store(article)[0];
        using var store = SqliteArticleStore.Open(_db, StoreMode.ReadOnly);

        var byId = store.GetById(id)!;
        var byPath = store.GetByPath("full.txt")!;

        Assert.Equal(byId, byPath with { Authors = byId.Authors, Boilerplate = byId.Boilerplate, Warnings = byId.Warnings, Provenance = byId.Provenance });
        Assert.Equal(["title", "published", "source"], byId.Provenance.Keys);
        Assert.Equal("opengraph", byId.Provenance["published"]);
        Assert.Equal("2025-11-02T08:00:00+00:00", byId.Modified);
        Assert.Equal(["A One", "B Two"], byId.Authors);
        Assert.Equal("header", byId.DateSource);
        Assert.Equal(new BoilerplateRemoval("The-CNN-Wire", BoilerplateReasons.WireTag), Assert.Single(byId.Boilerplate));
        Assert.Equal(WarningCodes.NoDate, Assert.Single(byId.Warnings).Code);
        Assert.Equal(3, byId.WordCount);
        Assert.Null(byId.Rank);
        Assert.Null(store.GetById(id + 100));
        Assert.Null(store.GetByPath("missing.txt"));
    }

    [Fact]
    public void Stats_counts_articles_duplicates_clusters_failures_by_source_and_by_month()
    {
        var ids = Store(
            Article("a.txt", "x", source: "CNN", published: "2025-10-31"),
            Article("b.txt", "x", source: "cnn", published: "2025-10-02T10:00:00Z"),
            Article("c.txt", "x", source: "Gazette", published: "2025"),
            Article("d.txt", "x"));
        MarkDuplicate(ids[1], ids[0]);
        MarkDuplicate(ids[2], ids[0]);
        using (var writer = SqliteArticleStore.Open(_db, StoreMode.ReadWrite))
        {
            writer.Begin();
            writer.UpsertFile("broken.txt", 3, "2025-01-01T00:00:00.000Z", null, FileStatus.Failed, "binary", null, 1);
            writer.Commit();
        }

        using var store = SqliteArticleStore.Open(_db, StoreMode.ReadOnly);
        var stats = store.Stats();

        Assert.Equal((4, 2, 1, 1, 1), (stats.Articles, stats.Duplicates, stats.Clusters, stats.FailedFiles, stats.Runs));
        Assert.Equal([new CountBy("CNN", 2), new CountBy("Gazette", 1), new CountBy(null, 1)], stats.BySource);
        Assert.Equal([new CountBy("2025", 1), new CountBy("2025-10", 2), new CountBy(null, 1)], stats.ByMonth);
    }

    [Fact]
    public void ExportAll_streams_every_article_by_id_with_its_duplicate_link()
    {
        var ids = Store(Article("a.txt", "x"), Article("b.txt", "x"));
        MarkDuplicate(ids[1], ids[0]);
        using var store = SqliteArticleStore.Open(_db, StoreMode.ReadOnly);

        var all = store.ExportAll().ToList();

        Assert.Equal(["a.txt", "b.txt"], all.Select(r => r.Path));
        Assert.Equal(ids[0], all[1].DuplicateOf);
        Assert.Equal("near", all[1].DuplicateKind);
    }

    [Fact]
    public void RunSql_returns_columns_and_typed_values()
    {
        Store(Article("a.txt", "x", title: "T"));
        using var store = SqliteArticleStore.Open(_db, StoreMode.ReadOnly);

        using var rows = store.RunSql("select id, title, 0.5 as half, null as missing from articles");

        Assert.Equal(["id", "title", "half", "missing"], rows.Columns);
        Assert.Equal([1L, "T", 0.5, null], Assert.Single(rows.Rows()));
    }

    [Theory]
    [InlineData("delete from articles")]
    [InlineData("update articles set title = 'x'")]
    [InlineData("drop table articles")]
    [InlineData("pragma query_only = 0; delete from articles")]
    public void RunSql_refuses_writes_and_leaves_the_store_unchanged(string sql)
    {
        Store(Article("a.txt", "x", title: "T"));
        using var store = SqliteArticleStore.Open(_db, StoreMode.ReadOnly);

        var ex = Assert.Throws<StoreException>(() =>
        {
            using var rows = store.RunSql(sql);
            _ = rows.Rows().ToList();
        });

        Assert.Contains("read-only", ex.Message, StringComparison.Ordinal);
        Assert.Equal("T", store.GetById(1)!.Title);
    }

    [Theory]
    [InlineData("vacuum into '{0}'")]
    [InlineData("attach '{0}' as other")]
    public void RunSql_cannot_write_another_file_through_attach_or_vacuum_into(string template)
    {
        Store(Article("a.txt", "x"));
        var target = Path.Combine(_folder, "copy.db");
        using var store = SqliteArticleStore.Open(_db, StoreMode.ReadOnly);

        var ex = Assert.Throws<StoreException>(() =>
        {
            using var rows = store.RunSql(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, target));
            _ = rows.Rows().ToList();
        });

        Assert.Contains("read-only", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }

    [Fact]
    public void Search_finds_every_match_a_rare_filter_keeps_whatever_its_rank()
    {
        // 2,100 matches; the three of a rare source rank last (one mention in a longer text), far below the few best
        // matches a ranking might check first.
        var articles = Enumerable.Range(0, 2100).Select(i => i % 700 == 5
            ? Article($"{i:D4}.txt", $"A beacon was lit on the far headland number {i} while the whole village watched from the quay and the harbour wall", source: "Rare Gazette")
            : Article($"{i:D4}.txt", string.Join(' ', Enumerable.Repeat("beacon", 2 + (i % 5))) + $" on the headland number {i}", source: "Daily Lamp"));
        Store([.. articles]);

        var everything = Search("beacon", new ArticleFilter { IncludeDuplicates = true, Limit = null });
        var rare = Search("beacon", new ArticleFilter { Source = "rare gazette", Limit = 5 });

        Assert.Equal(2100, everything.Count);
        var expected = everything.Where(r => r.Path is "0005.txt" or "0705.txt" or "1405.txt").ToList();
        Assert.All(expected, r => Assert.True(everything.IndexOf(r) >= 2000, $"{r.Path} ranks {everything.IndexOf(r)}"));
        Assert.Equal(expected, rare);
    }

    [Fact]
    public void Search_finds_the_best_originals_even_when_the_best_matches_are_nearly_all_duplicates()
    {
        var ids = Store([.. Enumerable.Range(0, 150).Select(i => Article(
            $"{i:D3}.txt", string.Join(' ', Enumerable.Repeat("beacon", 1 + (i % 7))) + $" on the headland number {i} with words to pad the text"))]);
        foreach (var id in ids.Where((_, i) => i % 30 != 0))
        {
            MarkDuplicate(id, ids[0]);
        }

        var everything = Search("beacon", new ArticleFilter { IncludeDuplicates = true, Limit = null });
        var hidden = Search("beacon", new ArticleFilter { Limit = 3 });

        Assert.Equal(150, everything.Count);
        Assert.Equal(everything.Where(r => r.DuplicateOf is null).Take(3), hidden);
    }

    private static Article Article(string path, string body, string? title = null, string? published = null, string? source = null, string[]? authors = null) => new()
    {
        Path = path,
        Sha256 = path,
        Body = body,
        Title = title,
        Published = published,
        Source = source,
        Authors = authors ?? [],
    };

    private long[] Store(params Article[] articles)
    {
        using var store = SqliteArticleStore.Open(_db, StoreMode.ReadWrite);
        var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);
        store.Begin();
        var ids = articles.Select(a => store.UpsertArticle(a, null, run).Id).ToArray();
        store.IndexArticles(articles.Select((a, i) => (ids[i], a.Title, a.Body)));
        store.Commit();
        return ids;
    }

    /// <summary>The duplicate engine is not merged yet: the link is written directly, as it would store it.</summary>
    private void MarkDuplicate(long id, long canonical)
    {
        using var connection = new SqliteConnection($"Data Source={_db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE articles SET duplicate_of = $of, duplicate_kind = 'near', similarity = 0.9 WHERE id = $id";
        command.Parameters.AddWithValue("$of", canonical);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    private List<SearchRow> Search(string query, ArticleFilter? filter = null, SnippetMarks? marks = null)
    {
        using var store = SqliteArticleStore.Open(_db, StoreMode.ReadOnly);
        return [.. store.Search(query, filter ?? new ArticleFilter(), marks ?? SnippetMarks.Brackets)
            .Select(r => new SearchRow(r.Path, r.Rank!.Value, r.Snippet!, r.DuplicateOf))];
    }

    private List<string> List(ArticleFilter filter)
    {
        using var store = SqliteArticleStore.Open(_db, StoreMode.ReadOnly);
        return [.. store.List(filter).Select(r => r.Path)];
    }

    private sealed record SearchRow(string Path, double Rank, string Snippet, long? DuplicateOf);
}
