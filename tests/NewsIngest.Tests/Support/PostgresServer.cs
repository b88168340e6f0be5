using Npgsql;

namespace NewsIngest.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use: its URI is in <c>NEWSINGEST_TEST_PG</c> (<c>.ci/postgres.sh</c> starts one and
/// sets it). Without it the tests that need a server are skipped, except under CI (<c>CI=true</c>), where they fail.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "NEWSINGEST_TEST_PG";

    /// <summary>The server's URI, or null when none is configured.</summary>
    public static string? Uri => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } uri ? uri : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test that needs the server is skipped, or null when it runs (a server is set, or CI must have one).</summary>
    public static string? SkipReason => Uri is null && !InCi
        ? $"no PostgreSQL server: set {Variable}=postgresql://USER@HOST:PORT/DATABASE, or run the tests through 'bash .ci/postgres.sh -- dotnet test'"
        : null;

    /// <summary>The server's URI; fails the test (under CI) when none is set.</summary>
    public static string RequireUri() =>
        Uri ?? throw new InvalidOperationException($"CI=true but {Variable} is not set: .ci/run must start PostgreSQL (.ci/postgres.sh) before the tests");

    /// <summary>A URI to another database on the same server.</summary>
    public static string WithDatabase(string uri, string database)
    {
        var query = uri.IndexOf('?', StringComparison.Ordinal);
        var tail = query < 0 ? "" : uri[query..];
        var head = query < 0 ? uri : uri[..query];
        var slash = head.IndexOf('/', head.IndexOf("://", StringComparison.Ordinal) + 3);
        return (slash < 0 ? head : head[..slash]) + "/" + database + tail;
    }

    /// <summary>An admin connection to the server's database named in <see cref="Variable"/>.</summary>
    public static NpgsqlConnection Connect(string uri)
    {
        var location = NewsIngest.Storage.Postgres.PostgresLocation.Parse(uri);
        var connection = new NpgsqlConnection(location.ConnectionString + ";Pooling=false");
        connection.Open();
        return connection;
    }
}

/// <summary>A fact that needs the PostgreSQL server: skipped with the reason when none is configured outside CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }
}

/// <summary>A theory that needs the PostgreSQL server: skipped with the reason when none is configured outside CI.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }
}
