using NewsIngest.Core.Dedup;
using NewsIngest.Core.Model;
using NewsIngest.Storage;
using NewsIngest.Storage.Queries;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Storage;

/// <summary>
/// The store contract, one suite run on every engine: each subclass names where a new, empty store of its engine is
/// (<see cref="NewLocation"/>) and every test goes through <see cref="StoreFactory"/> and the contract alone, on rows
/// written through the store's own write API (independent of the parser). Engine-only behaviour is tested in the
/// subclasses.
/// </summary>
public abstract class StoreConformanceTests
{
    private string? _location;

    /// <summary>Where this test's store is: a new one per test.</summary>
    protected string Location => _location ??= NewLocation();

    /// <summary>A location for a new, empty store of the engine under test.</summary>
    protected abstract string NewLocation();

    protected IArticleStore Open(StoreMode mode) => StoreFactory.Open(Location, mode);
    [EngineFact]
    public void Search_ranks_a_title_match_above_the_same_word_in_a_body()
    {
        Store(
            Article("body.txt", "The ferry timetable changes next week for the island route and the harbour", title: "Timetable news"),
            Article("title.txt", "The ferry timetable changes next week for the island route and the quay", title: "Harbour news"));

        var hits = Search("harbour");

        Assert.Equal(["title.txt", "body.txt"], hits.Select(h => h.Path));
        Assert.True(hits[0].Rank < hits[1].Rank);
    }

    [EngineFact]
    public void Search_marks_the_matches_of_the_body_snippet_with_the_given_marks()
    {
        Store(Article("a.txt", "Volunteers repainted the lighthouse on the pier before the storm arrived"));

        var hit = Assert.Single(Search("lighthouse", marks: new SnippetMarks("<<", ">>")));

        Assert.Contains("<<lighthouse>>", hit.Snippet, StringComparison.Ordinal);
        Assert.Null(Assert.Single(Search("lighthouse")).DuplicateOf);
    }

    [EngineFact]
    public void Search_hides_duplicates_unless_they_are_asked_for()
    {
        var ids = Store(Article("a.txt", "The marmalade contest had a record entry"), Article("b.txt", "The marmalade contest had a record entry too"));
        MarkDuplicate(ids[1], ids[0]);

        Assert.Equal(["a.txt"], Search("marmalade").Select(h => h.Path));
        Assert.Equal(["a.txt", "b.txt"], Search("marmalade", new ArticleFilter { IncludeDuplicates = true }).Select(h => h.Path).Order());
    }

    [EngineFact]
    public void Since_keeps_articles_from_that_day_on_and_leaves_out_undated_ones()
    {
        Store(Article("old.txt", "tram", published: "2025-09-30"), Article("new.txt", "tram", published: "2025-10-01"), Article("none.txt", "tram"));

        Assert.Equal(["new.txt"], List(new ArticleFilter { Since = "2025-10-01" }));
        Assert.Equal(["new.txt"], Search("tram", new ArticleFilter { Since = "2025-10-01" }).Select(h => h.Path));
        Assert.Equal(["new.txt", "old.txt"], List(new ArticleFilter { Since = "2025-09" }));
    }

    [EngineFact]
    public void Until_is_inclusive_and_reads_a_date_time_by_its_calendar_day()
    {
        Store(Article("late.txt", "tram", published: "2025-09-30T23:10:00-04:00"), Article("after.txt", "tram", published: "2025-10-01"), Article("none.txt", "tram"));

        Assert.Equal(["late.txt"], List(new ArticleFilter { Until = "2025-09-30" }));
        Assert.Equal(["late.txt"], List(new ArticleFilter { Until = "2025-09" }));
    }

    [EngineFact]
    public void A_bare_year_is_kept_only_when_the_whole_year_lies_within_the_bounds()
    {
        Store(Article("year.txt", "tram", published: "2025"));

        foreach (var (since, until, kept) in new (string?, string?, bool)[]
        {
            ("2025-10-01", null, false), (null, "2025-09-30", false), ("2025", null, true), (null, "2025", true),
            ("2024-12-31", "2026-01-01", true), ("2025-01-01", "2025-12-31", true), ("2025-01-02", null, false),
        })
        {
            Assert.True(kept == (List(new ArticleFilter { Since = since, Until = until }).Count == 1), $"since {since}, until {until}");
        }
    }
    [EngineFact]
    public void A_date_bound_that_is_not_a_year_month_or_day_is_refused()
    {
        Store(Article("a.txt", "tram", published: "2025-01-01"));

        Assert.Throws<ArgumentException>(() => List(new ArticleFilter { Since = "last week" }));
    }

    [EngineFact]
    public void Source_and_author_match_whole_words_ignoring_case()
    {
        Store(
            Article("cnn.txt", "tram", source: "CNN", authors: ["Ada Byline", "Kylie Atwood"]),
            Article("other.txt", "tram", source: "Gazette", authors: ["Kylie Atwoodson"]));

        Assert.Equal(["cnn.txt"], List(new ArticleFilter { Source = "cnn" }));
        Assert.Equal(["cnn.txt"], List(new ArticleFilter { Author = "kylie atwood" }));
        Assert.Equal(["cnn.txt", "other.txt"], List(new ArticleFilter { Author = "Kylie" }).Order());
        Assert.Equal(["cnn.txt"], List(new ArticleFilter { Author = "Atwood" }));
        Assert.Equal(["cnn.txt"], Search("tram", new ArticleFilter { Source = "CNN", Author = "Ada Byline" }).Select(h => h.Path));
    }

    [EngineFact]
    public void A_path_keeps_its_file_the_files_under_its_folder_and_the_pages_of_its_archive()
    {
        var sep = Path.DirectorySeparatorChar;
        string At(string path) => path.Replace('/', sep);
        Store(
            Article(At("/c/a.txt"), "tram"),
            Article(At("/c/sub/b.txt"), "tram"),
            Article(At("/c/crawl.warc#<urn:uuid:1>"), "tram"),
            Article(At("/c/crawl.warc.gz#<urn:uuid:2>"), "tram"),
            Article(At("/c2/d.txt"), "tram"),
            Article(At("/c.txt"), "tram"));

        Assert.Equal([At("/c/a.txt"), At("/c/crawl.warc#<urn:uuid:1>"), At("/c/crawl.warc.gz#<urn:uuid:2>"), At("/c/sub/b.txt")], List(new ArticleFilter { Path = At("/c") }).Order(StringComparer.Ordinal));
        Assert.Equal(4, List(new ArticleFilter { Path = At("/c/") }).Count);
        Assert.Equal([At("/c/crawl.warc#<urn:uuid:1>")], List(new ArticleFilter { Path = At("/c/crawl.warc") }));
        Assert.Equal([At("/c/a.txt")], Search("tram", new ArticleFilter { Path = At("/c/a.txt") }).Select(h => h.Path));
        Assert.Empty(List(new ArticleFilter { Path = At("/c/a") }));
        Assert.Equal(6, List(new ArticleFilter { Path = At("/") }).Count);

        using var store = Open(StoreMode.ReadOnly);
        Assert.Equal(2, store.Count(new ArticleFilter { Path = At("/c/sub"), Limit = 1 }) + store.CountMatches("tram", new ArticleFilter { Path = At("/c2") }));
        Assert.Equal([At("/c/sub/b.txt")], store.Export(ArticleFilter.Everything with { Path = At("/c/sub") }, "tram").Select(r => r.Path));
    }

    [EngineFact]
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

    [EngineFact]
    public void A_limited_list_takes_the_newest_first_ties_by_id_and_undated_last()
    {
        Store(
            Article("undated.txt", "x"),
            Article("tie-1.txt", "x", published: "2024-11-30"),
            Article("old.txt", "x", published: "2024-01-05"),
            Article("tie-2.txt", "x", published: "2024-11-30"),
            Article("tie-3.txt", "x", published: "2024-11-30"));

        Assert.Equal(["tie-1.txt", "tie-2.txt"], List(new ArticleFilter { Limit = 2 }));
        Assert.Equal(["tie-1.txt", "tie-2.txt", "tie-3.txt", "old.txt"], List(new ArticleFilter { Limit = 4 }));
        Assert.Equal(["tie-1.txt", "tie-2.txt", "tie-3.txt", "old.txt", "undated.txt"], List(new ArticleFilter { Limit = 5 }));
    }

    [EngineFact]
    public void The_limit_is_applied_and_a_null_limit_returns_every_row()
    {
        Store([.. Enumerable.Range(0, 25).Select(i => Article($"{i:00}.txt", "tram"))]);

        Assert.Equal(ArticleFilter.DefaultLimit, List(new ArticleFilter()).Count);
        Assert.Equal(3, List(new ArticleFilter { Limit = 3 }).Count);
        Assert.Equal(25, List(new ArticleFilter { Limit = null }).Count);
        Assert.Equal(25, Search("tram", new ArticleFilter { Limit = null }).Count);
    }

    [EngineFact]
    public void GetByUrl_finds_the_latest_fetch_of_a_page_and_keeps_url_and_fetched()
    {
        Store(
            Article("crawl-1.warc.gz#<urn:uuid:a>", "The harbour fees rise in spring") with { Url = "https://example.org/fees", Fetched = "2025-03-01T10:00:00Z" },
            Article("crawl-2.warc.gz#<urn:uuid:b>", "The harbour fees rise in spring, the council said") with { Url = "https://example.org/fees", Fetched = "2025-03-02T10:00:00Z" },
            Article("notes.txt", "Harbour notes without a URL"));
        using var store = Open(StoreMode.ReadOnly);

        var latest = store.GetByUrl("https://example.org/fees")!;

        Assert.Equal("crawl-2.warc.gz#<urn:uuid:b>", latest.Path);
        Assert.Equal("https://example.org/fees", latest.Url);
        Assert.Equal("2025-03-02T10:00:00Z", latest.Fetched);
        Assert.Null(store.GetByPath("notes.txt")!.Url);
        Assert.Null(store.GetByUrl("https://example.org/other"));
    }

    [EngineFact]
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
        using var store = Open(StoreMode.ReadOnly);

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

    [EngineFact]
    public void Stats_counts_articles_duplicates_clusters_failures_by_source_and_by_month()
    {
        var ids = Store(
            Article("a.txt", "x", source: "CNN", published: "2025-10-31"),
            Article("b.txt", "x", source: "cnn", published: "2025-10-02T10:00:00Z"),
            Article("c.txt", "x", source: "Gazette", published: "2025"),
            Article("d.txt", "x"));
        MarkDuplicate(ids[1], ids[0]);
        MarkDuplicate(ids[2], ids[0]);
        using (var writer = Open(StoreMode.ReadWrite))
        {
            writer.Begin();
            writer.UpsertFile("broken.txt", 3, "2025-01-01T00:00:00.000Z", null, FileStatus.Failed, "binary", null, 1);
            writer.Commit();
        }

        using var store = Open(StoreMode.ReadOnly);
        var stats = store.Stats();

        Assert.Equal((4, 2, 1, 1, 1), (stats.Articles, stats.Duplicates, stats.Clusters, stats.FailedFiles, stats.Runs));
        Assert.Equal([new CountBy("CNN", 2), new CountBy("Gazette", 1), new CountBy(null, 1)], stats.BySource);
        Assert.Equal([new CountBy("2025", 1), new CountBy("2025-10", 2), new CountBy(null, 1)], stats.ByMonth);
    }

    [EngineFact]
    public void ExportAll_streams_every_article_by_id_with_its_duplicate_link()
    {
        var ids = Store(Article("a.txt", "x"), Article("b.txt", "x"));
        MarkDuplicate(ids[1], ids[0]);
        using var store = Open(StoreMode.ReadOnly);

        var all = store.ExportAll().ToList();

        Assert.Equal(["a.txt", "b.txt"], all.Select(r => r.Path));
        Assert.Equal(ids[0], all[1].DuplicateOf);
        Assert.Equal("near", all[1].DuplicateKind);
    }

    [EngineFact]
    public void Export_keeps_what_the_filters_and_the_search_keep_in_id_order_up_to_the_limit()
    {
        var ids = Store(
            Article("a.txt", "The tram line opens in spring", published: "2025-03-01", source: "Gazette"),
            Article("b.txt", "The tram line opens in spring", published: "2025-03-01", source: "Gazette"),
            Article("c.txt", "Ferry fares rise again", published: "2025-04-02", source: "Courier"),
            Article("d.txt", "The tram depot closes", published: "2024-12-31", source: "Gazette"));
        MarkDuplicate(ids[1], ids[0]);
        using var store = Open(StoreMode.ReadOnly);

        var tram = store.Export(ArticleFilter.Everything, "tram").Select(r => r.Path).ToList();
        var canonicalTram = store.Export(ArticleFilter.Everything with { IncludeDuplicates = false }, "tram").Select(r => r.Path).ToList();
        var since = store.Export(ArticleFilter.Everything with { Since = "2025" }, null).Select(r => r.Path).ToList();
        var gazette = store.Export(ArticleFilter.Everything with { Source = "gazette", Limit = 2 }, null).Select(r => r.Path).ToList();

        Assert.Equal(["a.txt", "b.txt", "d.txt"], tram);
        Assert.Equal(["a.txt", "d.txt"], canonicalTram);
        Assert.Equal(["a.txt", "b.txt", "c.txt"], since);
        Assert.Equal(["a.txt", "b.txt"], gazette);
    }

    [EngineFact]
    public void RunSql_returns_columns_and_typed_values()
    {
        Store(Article("a.txt", "x", title: "T"));
        using var store = Open(StoreMode.ReadOnly);

        using var rows = store.RunSql("select id, title, 0.5 as half, null as missing from articles");

        Assert.Equal(["id", "title", "half", "missing"], rows.Columns);
        Assert.Equal([1L, "T", 0.5, null], Assert.Single(rows.Rows()));
    }

    [EngineFact]
    public void RunSql_refuses_writes_and_leaves_the_store_unchanged()
    {
        Store(Article("a.txt", "x", title: "T"));
        using var store = Open(StoreMode.ReadOnly);

        foreach (var sql in new[] { "delete from articles", "update articles set title = 'x'", "drop table articles" })
        {
            var ex = Assert.Throws<StoreException>(() =>
            {
                using var rows = store.RunSql(sql);
                _ = rows.Rows().ToList();
            });

            Assert.Contains("read-only", ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal("T", store.GetById(1)!.Title);
    }
    [EngineFact]
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

    [EngineFact]
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

    [EngineFact]
    public void The_search_syntax_finds_the_same_articles_on_every_engine()
    {
        Store(
            Article("harbour.txt", "The harbour master opened the new ferry terminal on the east quay", title: "Harbour news"),
            Article("ferry.txt", "A ferry ran aground near the terminal after the storm", title: "Storm report"),
            Article("market.txt", "The market hall reopened with a ferry of visitors from the harbourside", title: "Market day"));

        Assert.Equal(["ferry.txt", "harbour.txt"], Paths(Search("ferry terminal")));
        Assert.Equal(["harbour.txt"], Paths(Search("\"ferry terminal\"")));
        Assert.Equal(["ferry.txt", "harbour.txt"], Paths(Search("aground OR opened")));
        Assert.Equal(["harbour.txt", "market.txt"], Paths(Search("ferry NOT storm")));
        Assert.Equal(["harbour.txt", "market.txt"], Paths(Search("harbour*")));
        Assert.Equal(["harbour.txt"], Paths(Search("title:harbour")));
    }

    [EngineFact]
    public void A_plain_word_finds_its_inflections_on_every_engine_and_a_quoted_word_only_itself()
    {
        Store(
            Article("rates.txt", "The bank raised its rates again this spring", title: "Bank news"),
            Article("rating.txt", "The agency cut the rating of the city's bonds", title: "Bonds"),
            Article("rate.txt", "One rate for every rider on the new tram line", title: "Trams"));

        Assert.Equal(["rate.txt", "rates.txt", "rating.txt"], Paths(Search("rate")));
        Assert.Equal(["rate.txt"], Paths(Search("\"rate\"")));
        Assert.Equal(["rate.txt", "rates.txt", "rating.txt"], Paths(Search("rates")));
    }

    [EngineFact]
    public void Counts_see_every_match_and_every_listed_article_whatever_the_limit()
    {
        Store([.. Enumerable.Range(0, 7).Select(i => Article($"{i}.txt", i % 2 == 0 ? "the tram depot reopened" : "the bus depot closed", source: i < 3 ? "Gazette" : "Herald"))]);
        using var store = Open(StoreMode.ReadOnly);

        Assert.Equal(4, store.CountMatches("tram", new ArticleFilter { Limit = 1 }));
        Assert.Equal(7, store.CountMatches("depot", new ArticleFilter { Limit = 2 }));
        Assert.Equal(2, store.CountMatches("tram", new ArticleFilter { Source = "gazette" }));
        Assert.Equal(7, store.Count(new ArticleFilter { Limit = 3 }));
        Assert.Equal(3, store.Count(new ArticleFilter { Source = "Gazette" }));
    }

    [EngineFact]
    public void Upserting_a_stored_path_replaces_the_article_in_place_and_returns_the_old_body()
    {
        var id = Store(Article("a.txt", "The first version of the lighthouse story"))[0];
        using var store = Open(StoreMode.ReadWrite);
        var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);
        store.Begin();

        var (again, inserted, previous) = store.UpsertArticle(Article("a.txt", "The second version of the beacon story"), null, run);
        store.IndexArticles([(again, null, "The second version of the beacon story")]);
        store.Commit();

        Assert.Equal((id, false, "The first version of the lighthouse story"), (again, inserted, previous));
        Assert.Equal("The second version of the beacon story", store.GetById(id)!.Body);
        Assert.Equal(["a.txt"], Paths(Search("beacon")));
        Assert.Empty(Search("lighthouse"));
    }

    [EngineFact]
    public void A_path_replaced_in_the_transaction_that_stored_it_is_searched_by_its_last_version()
    {
        using (var store = Open(StoreMode.ReadWrite))
        {
            var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);
            store.Begin();
            var (first, _, _) = store.UpsertArticle(Article("a.txt", "The first version of the lighthouse story"), null, run, mayExist: false);
            var (again, inserted, previous) = store.UpsertArticle(Article("a.txt", "The second version of the beacon story"), null, run);
            store.IndexArticles([(first, null, "The first version of the lighthouse story"), (again, null, "The second version of the beacon story")]);
            store.Commit();

            Assert.Equal((first, false, "The first version of the lighthouse story"), (again, inserted, previous));
        }

        Assert.Equal(["a.txt"], Paths(Search("beacon")));
        Assert.Empty(Search("lighthouse"));
        Assert.Single(Search("story"));
    }

    [EngineFact]
    public void The_latest_runs_recorded_thresholds_are_the_dedup_options_read_back()
    {
        using var store = Open(StoreMode.ReadWrite);
        Assert.Equal(DedupOptions.Default, store.LoadDedupOptions());

        store.StartRun("""{"near":0.5,"containment":0.7,"dedup_keys":"x"}""", "test", DateTimeOffset.UnixEpoch);
        store.StartRun("""{"near":0.6,"threads":4}""", "test", DateTimeOffset.UnixEpoch);

        Assert.Equal(DedupOptions.Default with { Near = 0.6 }, store.LoadDedupOptions());
    }

    [EngineFact]
    public void A_rolled_back_transaction_leaves_no_article_no_file_and_no_key()
    {
        using (var store = Open(StoreMode.ReadWrite))
        {
            var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);
            store.Begin();
            var (id, _, _) = store.UpsertArticle(Article("a.txt", "Never committed"), null, run);
            store.UpsertFile("a.txt", 10, "2025-01-01T00:00:00.000Z", "a.txt", FileStatus.Stored, null, id, run);
            store.Duplicates.AddKeys([id], [(42UL, id)]);
            store.Rollback();
        }

        using var reader = Open(StoreMode.ReadWrite);
        Assert.Null(reader.GetByPath("a.txt"));
        Assert.Empty(reader.LoadFiles());
        Assert.Empty(reader.Duplicates.LookupKeys([42UL], 8));
    }

    [EngineFact]
    public void Files_are_listed_with_size_time_hash_status_and_article_and_a_touch_updates_the_time()
    {
        var id = Store(Article("a.txt", "x"))[0];
        using var store = Open(StoreMode.ReadWrite);
        store.Begin();
        store.UpsertFile("a.txt", 10, "2025-01-01T00:00:00.000Z", "aa", FileStatus.Stored, null, id, 1);
        store.UpsertFile("b.txt", 3, "2025-01-01T00:00:00.000Z", null, FileStatus.Failed, "binary", null, 1);
        store.TouchFile("a.txt", 11, "2025-02-01T00:00:00.000Z", 1);
        store.Commit();

        var files = store.LoadFiles();

        Assert.Equal(new StoredFile("a.txt", 11, "2025-02-01T00:00:00.000Z", "aa", FileStatus.Stored, id), files["a.txt"]);
        Assert.Equal(new StoredFile("b.txt", 3, "2025-01-01T00:00:00.000Z", null, FileStatus.Failed, null), files["b.txt"]);
    }

    [EngineFact]
    public void Spellings_of_one_path_become_one_article_and_one_file_row_with_every_link_kept()
    {
        const string body = "The ferry timetable changes next week";
        var ids = Store(
            Article("seeds/a.txt", body),
            Article("./seeds/a.txt", body),
            Article("/data/seeds/a.txt", body),
            Article("other.txt", "The ferry timetable changes next week, officials said"),
            Article("seeds/b.txt", "A lone file under one other spelling"));
        MarkDuplicate(ids[1], ids[0]);
        MarkDuplicate(ids[2], ids[0]);
        MarkDuplicate(ids[3], ids[1]);
        using (var writer = Open(StoreMode.ReadWrite))
        {
            writer.Begin();
            writer.UpsertFile("seeds/a.txt", 10, "2025-01-01T00:00:00.000Z", "aa", FileStatus.Stored, null, ids[0], 1);
            writer.UpsertFile("./seeds/a.txt", 10, "2025-01-01T00:00:00.000Z", "aa", FileStatus.Stored, null, ids[1], 1);
            writer.UpsertFile("seeds/b.txt", 5, "2025-01-01T00:00:00.000Z", "bb", FileStatus.Stored, null, ids[4], 1);
            writer.Duplicates.SavePair(ids[1], ids[3]);
            writer.Duplicates.AddKeys([ids[0], ids[1]], [(7UL, ids[0]), (7UL, ids[1])]);
            writer.Duplicates.FlushKeys();
            writer.Commit();
        }

        using var store = Open(StoreMode.ReadWrite);
        store.Begin();
        var folded = store.MergePathSpellings([
            new PathSpellings("/data/seeds/a.txt", ["seeds/a.txt", "./seeds/a.txt"]),
            new PathSpellings("/data/seeds/b.txt", ["seeds/b.txt"])]);
        store.Commit();

        Assert.Equal(2, folded);
        var kept = store.GetByPath("/data/seeds/a.txt")!;
        Assert.Equal(ids[0], kept.Id);
        Assert.Null(kept.DuplicateOf);
        Assert.Null(store.GetByPath("seeds/a.txt"));
        Assert.Null(store.GetByPath("./seeds/a.txt"));
        Assert.Null(store.GetById(ids[1]));
        Assert.Equal(ids[0], store.GetById(ids[3])!.DuplicateOf);
        Assert.Equal(ids[4], store.GetByPath("/data/seeds/b.txt")!.Id);
        Assert.Equal(["/data/seeds/a.txt", "/data/seeds/b.txt"], store.LoadFiles().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ids[0], store.LoadFiles()["/data/seeds/a.txt"].ArticleId);
        Assert.Contains(ids[3], store.Duplicates.Component(ids[0]).Members);
        Assert.Equal([ids[0]], store.Duplicates.LookupKeys([7UL], 8)[7UL]);
        Assert.Equal(["/data/seeds/a.txt", "other.txt"], Search("timetable", new ArticleFilter { IncludeDuplicates = true }).Select(h => h.Path).Order(StringComparer.Ordinal));
    }

    [EngineFact]
    public void The_duplicate_index_gives_the_lowest_ids_per_key_connects_pairs_transitively_and_forgets()
    {
        var ids = Store([.. Enumerable.Range(0, 5).Select(i => Article($"{i}.txt", $"body {i}"))]);
        using var store = Open(StoreMode.ReadWrite);
        var index = store.Duplicates;
        store.Begin();
        index.AddKeys(ids, [.. ids.Select(id => (7UL, id)), (ulong.MaxValue, ids[4])]);
        index.SavePair(ids[1], ids[0]);
        index.SavePair(ids[1], ids[2]);
        index.SavePair(ids[2], ids[1]);
        index.FlushKeys();
        store.Commit();

        Assert.Equal(ids[..3], index.LookupKeys([7UL, 8UL], 3)[7UL]);
        Assert.False(index.LookupKeys([7UL, 8UL], 3).ContainsKey(8UL));
        Assert.Equal([ids[4]], index.LookupKeys([ulong.MaxValue], 8)[ulong.MaxValue]);
        var (members, pairs) = index.Component(ids[2]);
        Assert.Equal(ids[..3], members);
        Assert.Equal(2, pairs.Count);

        store.Begin();
        Assert.Equal([ids[0], ids[2]], index.Forget(ids[1], [7UL]).Order());
        store.Commit();
        Assert.Equal([ids[0]], index.Component(ids[0]).Members);
        Assert.DoesNotContain(ids[1], index.LookupKeys([7UL], 8)[7UL]);
    }

    [EngineFact]
    public void A_batch_of_articles_and_file_rows_has_the_results_of_writing_them_one_by_one_in_order()
    {
        var first = Store(Article("a.txt", "The first body of a"));
        using var store = Open(StoreMode.ReadWrite);
        var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);
        store.Begin();

        var results = store.UpsertArticles(
            [new ArticleWrite(Article("b.txt", "The body of b"), null), new ArticleWrite(Article("a.txt", "The second body of a"), null), new ArticleWrite(Article("c.txt", "The body of c"), null, MayExist: false)],
            run);
        store.WriteFiles(
            [new FileWrite("a.txt", 10, "2025-01-01T00:00:00.000Z", "a", FileStatus.Stored, null, first[0]), new FileWrite("broken.txt", 3, "2025-01-01T00:00:00.000Z", null, FileStatus.Failed, "binary"), new FileWrite("a.txt", 11, "2025-01-02T00:00:00.000Z") { Touch = true }],
            run);
        store.Commit();

        var (b, c) = (results[0].Id, results[2].Id);
        Assert.Equal([(b, true, (string?)null), (first[0], false, "The first body of a"), (c, true, (string?)null)], results);
        Assert.True(first[0] < b && b < c);
        Assert.Equal(["The second body of a", "The body of b", "The body of c"], new[] { first[0], b, c }.Select(id => store.GetById(id)!.Body));
        Assert.Equal(1, store.Stats().FailedFiles);
    }

    [EngineFact]
    public void A_web_archive_whose_records_failed_counts_its_records_not_itself_again()
    {
        using var store = Open(StoreMode.ReadWrite);
        var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);
        store.Begin();
        const string Time = "2025-01-01T00:00:00.000Z";
        store.WriteFiles(
            [
                new FileWrite("crawl.warc#<urn:uuid:1>", 0, Time, null, FileStatus.Failed, "record at byte 0: cut short"),
                new FileWrite("crawl.warc#<urn:uuid:2>", 0, Time, null, FileStatus.Failed, "record at byte 90: cut short"),
                new FileWrite("crawl.warc", 200, Time, null, FileStatus.Failed, "2 records could not be read"),
                new FileWrite("crawl.warc.gz", 100, Time, null, FileStatus.Failed, "not gzip"),
                new FileWrite("crawl.warc.txt", 9, Time, null, FileStatus.Failed, "binary"),
                new FileWrite("other.warc#<urn:uuid:3>", 10, Time, "s", FileStatus.Stored, null),
                new FileWrite("other.warc", 20, Time, null, FileStatus.Failed, "unreadable at byte 10"),
            ],
            run);
        store.Commit();

        // Two records, a file that is no archive, a text file, an archive that broke off after a good record.
        Assert.Equal(5, store.Stats().FailedFiles);
    }

    [EngineFact]
    public void A_read_only_open_of_a_store_that_does_not_exist_is_refused()
    {
        Assert.Throws<StoreException>(() => Open(StoreMode.ReadOnly));
    }

    protected static Article Article(string path, string body, string? title = null, string? published = null, string? source = null, string[]? authors = null) => new()
    {
        Path = path,
        Sha256 = path,
        Body = body,
        Title = title,
        Published = published,
        Source = source,
        Authors = authors ?? [],
    };

    protected long[] Store(params Article[] articles)
    {
        using var store = Open(StoreMode.ReadWrite);
        var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);
        store.Begin();
        var ids = articles.Select(a => store.UpsertArticle(a, null, run).Id).ToArray();
        store.IndexArticles(articles.Select((a, i) => (ids[i], a.Title, a.Body)));
        store.Commit();
        return ids;
    }

    /// <summary>Links an article to a canonical through the store's duplicate index, as the duplicate engine would.</summary>
    protected void MarkDuplicate(long id, long canonical)
    {
        using var store = Open(StoreMode.ReadWrite);
        store.Begin();
        store.Duplicates.SetDuplicateLink(id, new DuplicateLink(id, canonical, DuplicateKind.Near, 0.9, "near: test"));
        store.Commit();
    }

    protected List<SearchRow> Search(string query, ArticleFilter? filter = null, SnippetMarks? marks = null)
    {
        using var store = Open(StoreMode.ReadOnly);
        return [.. store.Search(query, filter ?? new ArticleFilter(), marks ?? SnippetMarks.Brackets)
            .Select(r => new SearchRow(r.Path, r.Rank!.Value, r.Snippet!, r.DuplicateOf))];
    }

    protected List<string> List(ArticleFilter filter)
    {
        using var store = Open(StoreMode.ReadOnly);
        return [.. store.List(filter).Select(r => r.Path)];
    }

    private static List<string> Paths(List<SearchRow> rows) => [.. rows.Select(r => r.Path).Order(StringComparer.Ordinal)];

    protected sealed record SearchRow(string Path, double Rank, string Snippet, long? DuplicateOf);
}
