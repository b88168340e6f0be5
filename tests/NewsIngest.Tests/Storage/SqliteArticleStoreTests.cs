using Microsoft.Data.Sqlite;
using NewsIngest.Core.Model;
using NewsIngest.Storage;
using NewsIngest.Storage.Sqlite;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Storage;

public class SqliteArticleStoreTests
{
    [Fact]
    public void A_new_store_is_created_at_the_latest_schema_in_wal_mode()
    {
        using var folder = new TempFolder();
        var path = folder.File("news.db");

        using (var store = SqliteArticleStore.Open(path, StoreMode.ReadWrite))
        {
            Assert.Equal(Migrations.Latest, store.SchemaVersion);
        }

        Assert.Equal("wal", RawScalar(path, "PRAGMA journal_mode"));
        Assert.Equal((long)Migrations.ApplicationId, RawScalar(path, "PRAGMA application_id"));
    }

    [Fact]
    public void A_store_made_by_an_older_schema_is_migrated_forward_and_keeps_its_rows()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        var older = Migrations.Latest - 1;
        using (var connection = RawConnection(path))
        {
            for (var v = 1; v <= older; v++)
            {
                RawExecute(connection, Migrations.All[v - 1]);
            }

            RawExecute(connection, $"PRAGMA application_id = {Migrations.ApplicationId}; PRAGMA user_version = {older};");
            if (older >= 1)
            {
                RawExecute(connection, "INSERT INTO runs (started, version) VALUES ('2025-01-01T00:00:00Z', 'old')");
            }
        }

        using var store = SqliteArticleStore.Open(path, StoreMode.ReadWrite);

        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        if (older >= 1)
        {
            Assert.Equal(1L, RawScalar(path, "SELECT count(*) FROM runs WHERE version = 'old'"));
        }
    }

    [Fact]
    public void A_schema_3_store_gains_provenance_and_modified_and_its_old_rows_read_back_without_them()
    {
        using var folder = new TempFolder();
        var path = folder.File("schema3.db");
        using (var connection = RawConnection(path))
        {
            for (var v = 1; v <= 3; v++)
            {
                RawExecute(connection, Migrations.All[v - 1]);
            }

            RawExecute(connection, $"PRAGMA application_id = {Migrations.ApplicationId}; PRAGMA user_version = 3;");
            RawExecute(connection, "INSERT INTO articles (path, sha256, title, published, date_source, body, word_count) " +
                "VALUES ('old.txt', 'ab', 'Old story', '2024-05-01', 'header', 'Stored before provenance.', 3)");
        }

        using var store = SqliteArticleStore.Open(path, StoreMode.ReadWrite);
        var old = store.GetByPath("old.txt")!;
        var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);
        store.Begin();
        var id = store.UpsertArticle(Article("new.html", "Stored after.") with
        {
            Published = "2025-11-03",
            Modified = "2025-11-05",
            Provenance = new Dictionary<string, string> { ["published"] = "json-ld", ["modified"] = "json-ld" },
        }, null, run).Id;
        store.Commit();
        var fresh = store.GetById(id)!;

        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        Assert.Equal("Old story", old.Title);
        Assert.Empty(old.Provenance);
        Assert.Null(old.Modified);
        Assert.Equal("json-ld", fresh.Provenance["published"]);
        Assert.Equal("2025-11-05", fresh.Modified);
    }

    [Fact]
    public void A_store_from_a_newer_schema_is_refused_with_the_fix()
    {
        using var folder = new TempFolder();
        var path = folder.File("newer.db");
        using (SqliteArticleStore.Open(path, StoreMode.ReadWrite))
        {
        }

        using (var connection = RawConnection(path))
        {
            RawExecute(connection, $"PRAGMA user_version = {Migrations.Latest + 1}");
        }

        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path, StoreMode.ReadWrite));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sqlite_file_with_other_tables_is_refused_and_left_alone()
    {
        using var folder = new TempFolder();
        var path = folder.File("other.db");
        using (var connection = RawConnection(path))
        {
            RawExecute(connection, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        }

        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path, StoreMode.ReadWrite));

        Assert.Contains("not a NewsIngest store", error.Message, StringComparison.Ordinal);
        Assert.Contains("invoices", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, RawScalar(path, "PRAGMA user_version"));
        Assert.Equal(1L, RawScalar(path, "SELECT count(*) FROM sqlite_schema"));
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.db", "these are my notes, not a database\n");

        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path, StoreMode.ReadWrite));

        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(path));
    }

    [Fact]
    public void Opening_a_missing_store_read_only_creates_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("missing.db");

        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path, StoreMode.ReadOnly));

        Assert.Contains("no database at", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_new_store_has_16_KB_pages_and_an_existing_store_keeps_its_own()
    {
        using var folder = new TempFolder();
        var fresh = folder.File("fresh.db");
        var older = folder.File("older.db");
        using (var connection = new SqliteConnection($"Data Source={older};Pooling=false"))
        {
            connection.Open();
            RawExecute(connection, "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL");
        }

        using (SqliteArticleStore.Open(older, StoreMode.ReadWrite))
        {
        }

        using (SqliteArticleStore.Open(fresh, StoreMode.ReadWrite))
        {
        }

        Assert.Equal(16384L, RawScalar(fresh, "PRAGMA page_size"));
        Assert.Equal(4096L, RawScalar(older, "PRAGMA page_size"));
        Assert.Equal((long)Migrations.Latest, RawScalar(older, "PRAGMA user_version"));
    }

    [Fact]
    public void Updating_an_article_keeps_its_id_and_the_full_text_index_follows()
    {
        using var folder = new TempFolder();
        using var store = SqliteArticleStore.Open(folder.File("news.db"), StoreMode.ReadWrite);
        var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);

        var (first, inserted) = WriteAndCommit(store, run, Article("a.txt", "Pelicans return to the estuary"));
        var (second, insertedAgain) = WriteAndCommit(store, run, Article("a.txt", "Flamingos return to the estuary"));

        Assert.True(inserted);
        Assert.False(insertedAgain);
        Assert.Equal(first, second);
        var path = store.Path;
        Assert.Equal(0L, RawScalar(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'pelicans'"));
        Assert.Equal(first, RawScalar(path, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'flamingos'"));
        Assert.Equal("ok", RawScalar(path, "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1); SELECT 'ok'"));
    }

    [Fact]
    public void A_path_written_twice_before_its_index_entry_is_written_leaves_a_sound_index()
    {
        // The ingest indexes a transaction's articles just before the commit; a path stored and then replaced inside
        // that transaction (twice in one batch, or in two batches of one commit) has no index entry to delete yet.
        using var folder = new TempFolder();
        using var store = SqliteArticleStore.Open(folder.File("news.db"), StoreMode.ReadWrite);
        var run = store.StartRun("{}", "test", DateTimeOffset.UnixEpoch);

        store.Begin();
        var pelicans = Article("a.txt", "Pelicans return to the estuary");
        var flamingos = Article("a.txt", "Flamingos return to the estuary");
        var herons = Article("b.txt", "Herons nest on the estuary");
        var stored = ((IStoreWriter)store).UpsertArticles([new ArticleWrite(pelicans, null, null, false), new ArticleWrite(herons, null, null, false), new ArticleWrite(flamingos, null, null, true)], run);
        var egrets = Article("b.txt", "Egrets nest on the estuary");
        var (egretsId, egretsInserted, egretsPrevious) = store.UpsertArticle(egrets, null, run);
        store.IndexArticles([(stored[0].Id, pelicans.Title, pelicans.Body), (stored[1].Id, herons.Title, herons.Body), (stored[2].Id, flamingos.Title, flamingos.Body), (egretsId, egrets.Title, egrets.Body)]);
        store.Commit();

        Assert.Equal(stored[0].Id, stored[2].Id);
        Assert.False(stored[2].Inserted);
        Assert.Equal(pelicans.Body, stored[2].PreviousBody);
        Assert.Equal(stored[1].Id, egretsId);
        Assert.False(egretsInserted);
        Assert.Equal(herons.Body, egretsPrevious);
        var path = store.Path;
        Assert.Equal("ok", RawScalar(path, "PRAGMA integrity_check"));
        Assert.Equal("ok", RawScalar(path, "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check'); SELECT 'ok'"));
        Assert.Equal(0L, RawScalar(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'pelicans OR herons'"));
        Assert.Equal(stored[0].Id, RawScalar(path, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'flamingos'"));
        Assert.Equal(egretsId, RawScalar(path, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'egrets'"));
        Assert.Equal(2L, RawScalar(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'estuary'"));

        // The next transaction replaces rows whose entries are written: those are deleted from the index as before.
        WriteAndCommit(store, run, Article("a.txt", "Ibises return to the estuary"));
        Assert.Equal("ok", RawScalar(path, "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check'); SELECT 'ok'"));
        Assert.Equal(0L, RawScalar(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'flamingos'"));
        Assert.Equal(2L, RawScalar(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'estuary'"));
    }

    /// <summary>Writes one article in a transaction of its own, as the ingest does: upsert, index, commit.</summary>
    private static (long Id, bool Inserted) WriteAndCommit(SqliteArticleStore store, long run, Article article)
    {
        store.Begin();
        var (id, inserted, _) = store.UpsertArticle(article, null, run);
        store.IndexArticles([(id, article.Title, article.Body)]);
        store.Commit();
        return (id, inserted);
    }

    private static Article Article(string path, string body) => new() { Path = path, Sha256 = body.GetHashCode().ToString("x8"), Body = body };

    private static SqliteConnection RawConnection(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        return connection;
    }

    private static void RawExecute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? RawScalar(string path, string sql)
    {
        using var connection = RawConnection(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
