using Npgsql;

namespace NewsIngest.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    /// <summary>
    /// A command on the store's connection, inside the open transaction if there is one. The writes the duplicate
    /// index holds back go first, so that the command sees them.
    /// </summary>
    internal NpgsqlCommand Command(string sql)
    {
        if (_transaction is not null)
        {
            Duplicates.WritePending(links: true);
        }

        return RawCommand(sql);
    }

    /// <summary>A command on the store's connection, inside the open transaction if there is one; held-back writes wait.</summary>
    internal NpgsqlCommand RawCommand(string sql) => new(sql, _connection, _transaction);

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private long Count(string sql) => Convert.ToInt64(Scalar(sql) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    private List<string> Strings(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    internal static List<long> ReadLongs(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var result = new List<long>();
        while (reader.Read())
        {
            result.Add(reader.GetInt64(0));
        }

        return result;
    }

    internal static void Bind(NpgsqlCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    /// <summary>Binds an array of <paramref name="type"/> (elements may be null), for <c>unnest</c> or <c>= ANY</c>.</summary>
    internal static void AddArray(NpgsqlCommand command, string name, NpgsqlTypes.NpgsqlDbType type, Array values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Array | type) { Value = values });

    /// <summary>Binds a value that may be null with its type, so PostgreSQL need not guess it.</summary>
    internal static void BindText(NpgsqlCommand command, string name, string? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = value ?? (object)DBNull.Value });

    /// <summary>Runs a call against the server; an error of the server or of the way to it becomes a <see cref="StoreException"/>.</summary>
    internal T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (IsEngineError(ex))
        {
            throw Translate(ex, Location);
        }
    }

    internal void Guard(Action call) => Guard(() =>
    {
        call();
        return 0;
    });

    /// <summary>Rows read as they are consumed, with errors met while reading translated as <see cref="Guard{T}"/> does.</summary>
    internal IEnumerable<T> Guarded<T>(IEnumerable<T> rows)
    {
        using var rowEnumerator = Guard(rows.GetEnumerator);
        while (Guard(rowEnumerator.MoveNext))
        {
            yield return rowEnumerator.Current;
        }
    }

    /// <summary>
    /// The errors <see cref="Translate"/> turns into one line: the server's, the network's, and Npgsql's refusal to use a
    /// connection that broke under an earlier call.
    /// </summary>
    private bool IsEngineError(Exception ex) =>
        ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or IOException
        || (ex is InvalidOperationException && _connection.State != System.Data.ConnectionState.Open);
}
