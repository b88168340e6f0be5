using Microsoft.Data.Sqlite;

namespace NewsIngest.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>A prepared command, created once per store and reused: the bulk paths bind and execute, never re-parse.</summary>
    private SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = _transaction;
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        var value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value ?? default(T)!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<string> Strings(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private static object Db(object? value) => value ?? DBNull.Value;

    private static SqliteCommand Bind(SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, Db(value));
        return command;
    }
}
