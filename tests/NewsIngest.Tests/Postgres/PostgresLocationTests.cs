using NewsIngest.Storage;
using NewsIngest.Storage.Postgres;
using Npgsql;

namespace NewsIngest.Tests.Postgres;

public class PostgresLocationTests
{
    [Theory]
    [InlineData("postgresql://ann@db.example:5433/news", true)]
    [InlineData("postgres://ann@db.example/news", true)]
    [InlineData("POSTGRESQL://ann@db/news", true)]
    [InlineData("news.db", false)]
    [InlineData("postgresql.db", false)]
    [InlineData("/srv/postgres://x", false)]
    public void A_db_value_is_PostgreSQL_only_when_it_is_a_postgresql_or_postgres_URI(string value, bool expected) =>
        Assert.Equal(expected, PostgresLocation.IsUri(value));

    [Fact]
    public void The_URI_gives_user_password_host_port_and_database_and_the_display_form_has_no_password()
    {
        var location = PostgresLocation.Parse("postgresql://ann:s3cr%40t@db.example:5433/news?sslmode=require&application_name=crawler");
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);

        Assert.Equal("ann", builder.Username);
        Assert.Equal("s3cr@t", builder.Password);
        Assert.Equal("db.example", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("news", builder.Database);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("crawler", builder.ApplicationName);
        Assert.Equal("postgresql://ann@db.example:5433/news", location.Display);
        Assert.DoesNotContain("s3cr", location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_given_as_a_parameter_is_used_and_never_shown()
    {
        var location = PostgresLocation.Parse("postgres://ann@localhost/news?password=hunter2");

        Assert.Equal("hunter2", new NpgsqlConnectionStringBuilder(location.ConnectionString).Password);
        Assert.Equal("postgresql://ann@localhost:5432/news", location.Display);
    }

    [Fact]
    public void Without_a_password_in_the_URI_none_is_set_so_the_driver_reads_PGPASSWORD_or_pgpass()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.Parse("postgresql://ann@localhost/news").ConnectionString);

        Assert.Null(builder.Password);
    }

    [Fact]
    public void An_IPv6_host_and_a_socket_folder_are_understood()
    {
        var v6 = PostgresLocation.Parse("postgresql://ann@[::1]:6000/news");
        var socket = PostgresLocation.Parse("postgresql://ann@/news?host=/var/run/postgresql");

        Assert.Equal("::1", new NpgsqlConnectionStringBuilder(v6.ConnectionString).Host);
        Assert.Equal("postgresql://ann@[::1]:6000/news", v6.Display);
        Assert.Equal("/var/run/postgresql", new NpgsqlConnectionStringBuilder(socket.ConnectionString).Host);
        Assert.Equal("postgresql://ann@/news?host=/var/run/postgresql", socket.Display);
    }

    [Theory]
    [InlineData("postgresql://ann:pw0rd@db:99999/news", "bad port")]
    [InlineData("postgresql://ann:pw0rd@db/news?colour=blue", "unknown parameter 'colour'")]
    [InlineData("postgresql://ann:pw0rd@db/news?connect_timeout=soon", "bad value")]
    public void A_malformed_URI_is_refused_with_a_message_that_does_not_show_the_password(string uri, string expected)
    {
        var error = Assert.Throws<StoreException>(() => PostgresLocation.Parse(uri));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw0rd", error.Message, StringComparison.Ordinal);
    }
}
