using System.Data.Common;

namespace NewsIngest.Storage.Queries;

/// <summary>
/// The rows of a user's <c>sql</c> query, read one at a time from its own read-only connection; dispose it to close
/// the connection.
/// </summary>
public sealed class SqlRows : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;
    private readonly Func<DbException, StoreException> _translate;

    internal SqlRows(DbConnection connection, DbCommand command, DbDataReader reader, Func<DbException, StoreException> translate)
    {
        _connection = connection;
        _command = command;
        _reader = reader;
        _translate = translate;
        Columns = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    /// <summary>Column names, in order (empty for a statement that returns no rows).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Each row's values: <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, <c>byte[]</c> or null.</summary>
    /// <exception cref="StoreException">The engine failed while stepping through the rows.</exception>
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
        catch (DbException ex)
        {
            throw _translate(ex);
        }
    }

    /// <summary>
    /// The value as one of the documented types: SQLite gives them already; PostgreSQL's other integer and decimal
    /// types become <see cref="long"/> and <see cref="double"/>, booleans 1 and 0, and anything else its invariant text.
    /// </summary>
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
