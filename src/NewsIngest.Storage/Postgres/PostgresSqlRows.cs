using NewsIngest.Storage.Queries;
using Npgsql;

namespace NewsIngest.Storage.Postgres;

/// <summary>
/// The rows of a user's <c>sql</c> query on a read-only session of its own. Values come back as the contract's types:
/// PostgreSQL's other integer and decimal types become <see cref="long"/> and <see cref="double"/>, booleans 1 and 0,
/// anything else (dates, arrays, JSON) its text.
/// </summary>
public sealed class PostgresSqlRows : ISqlRows
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _command;
    private readonly NpgsqlDataReader _reader;
    private readonly string _display;

    internal PostgresSqlRows(NpgsqlConnection connection, NpgsqlCommand command, NpgsqlDataReader reader, string display)
    {
        _connection = connection;
        _command = command;
        _reader = reader;
        _display = display;
        Columns = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    public IReadOnlyList<string> Columns { get; }

    public IEnumerable<object?[]> Rows()
    {
        while (Next())
        {
            var row = new object?[_reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = _reader.IsDBNull(i) ? null : Normalize(_reader.GetValue(i));
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
        catch (NpgsqlException ex)
        {
            throw PostgresArticleStore.TranslateSql(ex, _display);
        }
    }

    private static object Normalize(object value) => value switch
    {
        long or double or string or byte[] => value,
        int or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        float or decimal => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public void Dispose()
    {
        _reader.Dispose();
        _command.Dispose();
        _connection.Dispose();
    }
}
