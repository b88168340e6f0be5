using Microsoft.Data.Sqlite;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// The rows of a user's <c>sql</c> query, read one at a time from its own read-only connection; dispose it to close
/// the connection.
/// </summary>
internal sealed class SqliteSqlRows : ISqlRows
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteDataReader _reader;
    private readonly string _path;

    public SqliteSqlRows(SqliteConnection connection, SqliteCommand command, SqliteDataReader reader, string path)
    {
        _connection = connection;
        _command = command;
        _reader = reader;
        _path = path;
        Columns = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    /// <summary>Column names, in order (empty for a statement that returns no rows).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Each row's values: <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, <c>byte[]</c> or null.</summary>
    /// <exception cref="StoreException">SQLite failed while stepping through the rows.</exception>
    public IEnumerable<object?[]> Rows()
    {
        while (Next())
        {
            var row = new object?[_reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = _reader.IsDBNull(i) ? null : _reader.GetValue(i);
            }

            yield return row;
        }
    }

    private bool Next()
    {
        try
        {
            return _reader.Read();
        }
        catch (SqliteException ex)
        {
            throw SqliteArticleStore.TranslateSql(ex, _path);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _command.Dispose();
        _connection.Dispose();
    }
}
