using System.Data.Common;
using System.Globalization;

namespace NewsIngest.Storage.Queries;

/// <summary>
/// The rows of a user's <c>sql</c> query, read one at a time from a read-only session of their own; disposing it ends
/// the session. Values come back as the contract's types whatever the engine: other integer and decimal types become
/// <see cref="long"/> and <see cref="double"/>, booleans 1 and 0, anything else (dates, arrays, JSON) its invariant text.
/// </summary>
internal sealed class DbSqlRows : ISqlRows
{
    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;
    private readonly Func<DbException, StoreException> _translate;

    /// <param name="connection">The session, owned from here on.</param>
    /// <param name="command">The query's command, owned from here on.</param>
    /// <param name="reader">Its rows.</param>
    /// <param name="translate">Turns an engine error met while reading into the store's one-line exception.</param>
    public DbSqlRows(DbConnection connection, DbCommand command, DbDataReader reader, Func<DbException, StoreException> translate)
    {
        _connection = connection;
        _command = command;
        _reader = reader;
        _translate = translate;
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
        catch (DbException ex)
        {
            throw _translate(ex);
        }
    }

    private static object Normalize(object value) => value switch
    {
        long or double or string or byte[] => value,
        int or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public void Dispose()
    {
        _reader.Dispose();
        _command.Dispose();
        _connection.Dispose();
    }
}
