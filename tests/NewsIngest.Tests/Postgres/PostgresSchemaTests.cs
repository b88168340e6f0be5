using NewsIngest.Storage;
using NewsIngest.Storage.Postgres;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Postgres;

/// <summary>The schema of the PostgreSQL store: made by numbered migrations, refused when foreign or newer, alone in its schema.</summary>
public sealed class PostgresSchemaTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public void A_new_database_gets_the_newsingest_schema_at_the_latest_version()
    {
        var uri = database.Fresh();

        using (var store = PostgresArticleStore.Open(PostgresLocation.Parse(uri), StoreMode.ReadWrite))
        {
            Assert.Equal(PostgresMigrations.Latest, store.SchemaVersion);
        }

        Assert.Equal((long)PostgresMigrations.Latest, Convert.ToInt64(PostgresDatabase.Scalar(uri, "SELECT version FROM newsingest.schema_version"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1L, PostgresDatabase.Scalar(uri, "SELECT count(*) FROM newsingest.schema_version"));
        Assert.Equal(1L, PostgresDatabase.Scalar(uri, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'newsingest' AND indexdef LIKE '%USING gin (search)%'"));
    }

    [PostgresFact]
    public void Opening_it_again_changes_nothing_and_a_read_only_open_never_creates_the_schema()
    {
        var uri = database.Fresh();
        var location = PostgresLocation.Parse(uri);

        var missing = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(location, StoreMode.ReadOnly));
        Assert.Contains("no NewsIngest store", missing.Message, StringComparison.Ordinal);
        Assert.Equal(0L, PostgresDatabase.Scalar(uri, "SELECT count(*) FROM pg_namespace WHERE nspname = 'newsingest'"));

        PostgresArticleStore.Open(location, StoreMode.ReadWrite).Dispose();
        PostgresArticleStore.Open(location, StoreMode.ReadWrite).Dispose();
        using var reader = PostgresArticleStore.Open(location, StoreMode.ReadOnly);
        Assert.Equal(PostgresMigrations.Latest, reader.SchemaVersion);
    }

    [PostgresFact]
    public void A_schema_written_by_a_newer_version_is_refused_and_left_untouched()
    {
        var uri = database.Fresh();
        var location = PostgresLocation.Parse(uri);
        PostgresArticleStore.Open(location, StoreMode.ReadWrite).Dispose();
        PostgresDatabase.Execute(uri, $"UPDATE newsingest.schema_version SET version = {PostgresMigrations.Latest + 1}");

        foreach (var mode in new[] { StoreMode.ReadWrite, StoreMode.ReadOnly })
        {
            var error = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(location, mode));
            Assert.Contains("newer NewsIngest", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal((long)PostgresMigrations.Latest + 1, Convert.ToInt64(PostgresDatabase.Scalar(uri, "SELECT version FROM newsingest.schema_version"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [PostgresFact]
    public void A_newsingest_schema_holding_tables_that_are_not_ours_is_refused_and_left_untouched()
    {
        var uri = database.Fresh();
        PostgresDatabase.Execute(uri, "CREATE SCHEMA newsingest; CREATE TABLE newsingest.invoices (id int)");

        var error = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(PostgresLocation.Parse(uri), StoreMode.ReadWrite));

        Assert.Contains("invoices", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, PostgresDatabase.Scalar(uri, "SELECT count(*) FROM pg_tables WHERE schemaname = 'newsingest'"));
    }

    [PostgresFact]
    public void Tables_of_other_schemas_even_named_like_ours_are_never_touched()
    {
        var uri = database.Fresh();
        PostgresDatabase.Execute(uri, "CREATE TABLE public.articles (id int, note text); INSERT INTO public.articles VALUES (1, 'theirs')");

        using (PostgresArticleStore.Open(PostgresLocation.Parse(uri), StoreMode.ReadWrite))
        {
        }

        Assert.Equal("theirs", PostgresDatabase.Scalar(uri, "SELECT note FROM public.articles"));
        Assert.Equal(2L, PostgresDatabase.Scalar(uri, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'articles'"));
    }

    [PostgresFact]
    public void Two_processes_opening_a_new_database_at_once_make_the_schema_once()
    {
        var uri = database.Fresh();
        var location = PostgresLocation.Parse(uri);

        Parallel.For(0, 4, _ => PostgresArticleStore.Open(location, StoreMode.ReadWrite).Dispose());

        Assert.Equal(1L, PostgresDatabase.Scalar(uri, "SELECT count(*) FROM newsingest.schema_version"));
    }

    [PostgresFact]
    public void An_unreachable_server_and_a_wrong_password_are_one_line_each_without_the_password()
    {
        var unreachable = Assert.Throws<StoreException>(() =>
            PostgresArticleStore.Open(PostgresLocation.Parse("postgresql://nobody:hunter2@127.0.0.1:1/news?connect_timeout=5"), StoreMode.ReadOnly));

        Assert.Contains("cannot reach PostgreSQL at postgresql://nobody@127.0.0.1:1/news", unreachable.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", unreachable.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', unreachable.Message);
    }
}
