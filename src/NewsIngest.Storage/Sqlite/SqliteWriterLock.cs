namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// Makes ingests into one store take turns: an exclusive advisory lock on the database file, held for the whole run.
/// SQLite's own locks are per transaction, so without this two runs would interleave batches and their run counts.
/// The operating system drops the lock when the process dies, so a killed run never blocks the next one.
/// </summary>
public sealed class SqliteWriterLock : IDisposable
{
    private readonly FileStream _handle;

    private SqliteWriterLock(FileStream handle) => _handle = handle;

    /// <exception cref="StoreException">Another ingest holds the store.</exception>
    public static SqliteWriterLock Acquire(string databasePath)
    {
        try
        {
            return new SqliteWriterLock(new FileStream(databasePath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex) when (File.Exists(databasePath))
        {
            throw new StoreException($"another ingest is writing to {databasePath}: wait for it to finish, then run this one again", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new StoreException($"{databasePath} is not writable: check its permissions", ex);
        }
        catch (IOException ex)
        {
            throw new StoreException($"cannot open {databasePath}: {ex.Message.TrimEnd('.')}", ex);
        }
    }

    public void Dispose() => _handle.Dispose();
}
