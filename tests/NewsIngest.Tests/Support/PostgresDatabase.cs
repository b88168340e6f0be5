using Npgsql;

namespace NewsIngest.Tests.Support;

/// <summary>
/// A database of its own for one test class (<c>IClassFixture</c>), made from <c>template0</c> on the test server and
/// dropped on dispose; <see cref="Fresh"/> makes more, for tests that need an empty one each.
/// Made lazily: a class whose tests are all skipped never touches the server.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly List<string> _made = [];
    private string? _uri;

    /// <summary>The URI of this class's database.</summary>
    public string Uri => _uri ??= Fresh();

    /// <summary>Makes another empty database and returns its URI.</summary>
    public string Fresh()
    {
        var server = PostgresServer.RequireUri();
        var name = $"ni_test_{Guid.NewGuid():N}";
        using (var connection = PostgresServer.Connect(server))
        using (var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", connection))
        {
            command.ExecuteNonQuery();
        }

        lock (_made)
        {
            _made.Add(name);
        }

        return PostgresServer.WithDatabase(server, name);
    }

    /// <summary>Runs a statement on a database behind the store's back (how tests fake a foreign or newer schema).</summary>
    public static void Execute(string uri, string sql)
    {
        using var connection = PostgresServer.Connect(uri);
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static object? Scalar(string uri, string sql)
    {
        using var connection = PostgresServer.Connect(uri);
        using var command = new NpgsqlCommand(sql, connection);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public void Dispose()
    {
        if (_made.Count == 0 || PostgresServer.Uri is not { } server)
        {
            return;
        }

        try
        {
            using var connection = PostgresServer.Connect(server);
            foreach (var name in _made)
            {
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                command.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
            // The server is gone (the CI script stops it with the run): its folder goes with it.
        }
    }
}
