namespace NewsIngest.Storage.Queries;

/// <summary>
/// The rows of a user's <c>sql</c> query, read one at a time from a read-only session of their own; dispose it to
/// end the session.
/// </summary>
public interface ISqlRows : IDisposable
{
    /// <summary>Column names, in order (empty for a statement that returns no rows).</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>Each row's values: <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, <c>byte[]</c> or null.</summary>
    /// <exception cref="StoreException">The engine failed while stepping through the rows.</exception>
    IEnumerable<object?[]> Rows();
}
