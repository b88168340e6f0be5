using NewsIngest.Core.Serialization;
using NewsIngest.Storage;
using NewsIngest.Storage.Queries;
using NewsIngest.Storage.Sqlite;

namespace NewsIngest.Tests.Storage;

/// <summary>The store conformance suite on SQLite, and what only the SQLite store does (FTS5 syntax, ATTACH).</summary>
public sealed class SqliteArticleStoreReadingTests : StoreConformanceTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newsingest-reading-{Guid.NewGuid():N}");

    public SqliteArticleStoreReadingTests()
    {
        Directory.CreateDirectory(_folder);
    }

    protected override string NewLocation() => Path.Combine(_folder, "store.db");

    [Theory]
    [InlineData("AND AND")]
    [InlineData("\"unbalanced")]
    [InlineData("title:")]
    public void Search_turns_a_query_FTS5_rejects_into_one_line_that_quotes_it_and_suggests_a_phrase(string query)
    {
        Store(Article("a.txt", "Anything at all"));

        var ex = Assert.Throws<StoreException>(() => Native(query));

        Assert.Contains($"'{query}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("quote the phrase", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void The_suggested_phrase_drops_stray_quotes_and_is_a_query_FTS5_accepts()
    {
        Store(Article("a.txt", "Wire the AND AND gate"));

        var ex = Assert.Throws<StoreException>(() => Native("\"AND AND"));

        Assert.EndsWith("newsingest search '\"AND AND\"'", ex.Message, StringComparison.Ordinal);
        Assert.Single(Native("\"AND AND\""));
    }

    [Theory]
    [InlineData("vacuum into '{0}'")]
    [InlineData("attach '{0}' as other")]
    public void RunSql_cannot_write_another_file_through_attach_or_vacuum_into(string template)
    {
        Store(Article("a.txt", "x"));
        var target = Path.Combine(_folder, "copy.db");
        using var store = Open(StoreMode.ReadOnly);

        var ex = Assert.Throws<StoreException>(() =>
        {
            using var rows = store.RunSql(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, target));
            _ = rows.Rows().ToList();
        });

        Assert.Contains("read-only", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void RunSql_refuses_a_write_behind_a_pragma()
    {
        Store(Article("a.txt", "x", title: "T"));
        using var store = Open(StoreMode.ReadOnly);

        var ex = Assert.Throws<StoreException>(() =>
        {
            using var rows = store.RunSql("pragma query_only = 0; delete from articles");
            _ = rows.Rows().ToList();
        });

        // A second statement is refused before anything runs; a lone write by the read-only connection.
        Assert.True(ex.Message.Contains("read-only", StringComparison.Ordinal) || ex.Message.Contains("one statement", StringComparison.Ordinal), ex.Message);
        Assert.Equal("T", store.GetById(1)!.Title);
    }

    private List<ArticleRecord> Native(string query)
    {
        using var store = (SqliteArticleStore)Open(StoreMode.ReadOnly);
        return [.. store.SearchNative(query, new ArticleFilter(), SnippetMarks.Brackets)];
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
}
