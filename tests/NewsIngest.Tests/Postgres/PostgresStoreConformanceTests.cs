using NewsIngest.Storage;
using NewsIngest.Storage.Queries;
using NewsIngest.Tests.Storage;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Postgres;

/// <summary>The store conformance suite on PostgreSQL (a database of its own per test), and what only that store does.</summary>
public sealed class PostgresStoreConformanceTests(PostgresDatabase database) : StoreConformanceTests, IClassFixture<PostgresDatabase>, INeedsPostgres
{
    protected override string NewLocation() => database.Fresh();

    [PostgresFact]
    public void Sql_sees_the_store_tables_by_their_names_and_runs_under_a_statement_timeout()
    {
        Store(Article("a.txt", "x", title: "T"));
        using var store = Open(StoreMode.ReadOnly);

        using (var rows = store.RunSql("select title, current_setting('statement_timeout') as timeout, current_setting('transaction_read_only') as ro from articles"))
        {
            Assert.Equal(["T", "30s", "on"], Assert.Single(rows.Rows()));
        }

        var ex = Assert.Throws<StoreException>(() =>
        {
            using var rows = store.RunSql("commit; delete from articles");
            _ = rows.Rows().ToList();
        });
        Assert.Contains("read-only", ex.Message, StringComparison.Ordinal);
        Assert.Equal("T", store.GetById(1)!.Title);
    }

    [PostgresFact]
    public void A_search_query_with_nothing_to_look_for_is_refused_with_one_line()
    {
        Store(Article("a.txt", "Anything at all"));

        var ex = Assert.Throws<StoreException>(() => Search("-anything"));

        Assert.DoesNotContain('\n', ex.Message);
    }

    [PostgresFact]
    public void Snippets_carry_the_marks_and_an_ellipsis_where_the_body_is_cut()
    {
        Store(Article("a.txt", string.Join(' ', Enumerable.Repeat("filler", 40)) + " the lighthouse keeper rang the bell " + string.Join(' ', Enumerable.Repeat("padding", 40))));

        var hit = Assert.Single(Search("lighthouse", marks: new SnippetMarks("<<", ">>", "...", 8)));

        Assert.Contains("<<lighthouse>>", hit.Snippet, StringComparison.Ordinal);
        Assert.StartsWith("...", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("...", hit.Snippet, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void Fts_takes_the_servers_own_tsquery_syntax_and_a_broken_one_is_one_line_pointing_away_from_fts()
    {
        Store(Article("a.txt", "The ferry left the harbour"), Article("b.txt", "The ferry hit the storm"));
        using var store = Open(StoreMode.ReadOnly);

        var hit = Assert.Single(store.SearchNative("ferry & !storm", new ArticleFilter(), SnippetMarks.Brackets));
        var ex = Assert.Throws<StoreException>(() => store.SearchNative("ferry & (", new ArticleFilter(), SnippetMarks.Brackets));

        Assert.Equal("a.txt", hit.Path);
        Assert.Equal(2, store.CountNative("ferry", new ArticleFilter { Limit = 1 }));
        Assert.Contains("leave out --fts", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }
}
