using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// The one owner of a store's connection: the open transaction, the prepared commands, the schema checks and
/// migrations made on opening, and the translation of SQLite's errors into <see cref="StoreException"/>. The store's
/// other parts run their SQL through it.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    /// <summary>The connection's automatic checkpoint threshold during a bulk write, in WAL pages.</summary>
    internal const int BulkCheckpointPages = 8192;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public SqliteSession(SqliteConnection connection, string path, StoreMode mode)
    {
        _connection = connection;
        Path = path;
        Mode = mode;
    }

    /// <summary>The store's path as it was given.</summary>
    public string Path { get; }

    public StoreMode Mode { get; }

    /// <summary>The connection string, for another connection to the same file.</summary>
    public string ConnectionString => _connection.ConnectionString;

    /// <summary>Whether a transaction is open (a second connection would not see its writes).</summary>
    public bool InTransaction => _transaction is not null;

    /// <summary>Raised when the open transaction ends, committed or rolled back: state that lives as long as it is dropped.</summary>
    public event Action? TransactionEnded;

    /// <summary>The connection's SQLite handle, for the statement API.</summary>
    public sqlite3 Handle => _connection.Handle ?? throw new InvalidOperationException("the connection is closed");

    /// <summary>The rowid of the connection's last insert, read from the connection, not through a statement.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(Handle);

    /// <summary>The schema version recorded in the file.</summary>
    public long SchemaVersion => Scalar<long>("PRAGMA user_version");

    /// <summary>The connection's automatic checkpoint threshold, in WAL pages.</summary>
    public long CheckpointPages => Scalar<long>("PRAGMA wal_autocheckpoint");

    public void Begin()
    {
        RequireWritable();
        _transaction ??= _connection.BeginTransaction(deferred: false);
    }

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        TransactionEnded?.Invoke();
    }

    public void Rollback()
    {
        try
        {
            _transaction?.Rollback();
        }
        catch (SqliteException)
        {
            // SQLite already rolled back on its own (a full disk or an I/O error does that).
        }

        _transaction?.Dispose();
        _transaction = null;
        TransactionEnded?.Invoke();
    }

    /// <summary>Checks the file and brings its schema up to date (for writing), as the store is opened.</summary>
    public void Prepare()
    {
        Execute("PRAGMA busy_timeout = 10000");
        var applicationId = Scalar<long>("PRAGMA application_id");
        var version = Scalar<long>("PRAGMA user_version");
        var tables = Strings("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");

        if (applicationId != Migrations.ApplicationId && tables.Count > 0)
        {
            throw new StoreException(
                $"{Path} is a SQLite database but not a NewsIngest store (it has tables {string.Join(", ", tables.Take(5))}): pass another file to --db");
        }

        if (version > Migrations.Latest)
        {
            throw new StoreException(
                $"{Path} was written by a newer NewsIngest (schema {version}, this version knows up to {Migrations.Latest}): upgrade newsingest");
        }

        if (Mode == StoreMode.ReadOnly)
        {
            if (version < Migrations.Latest)
            {
                throw new StoreException(
                    $"{Path} has an older schema ({version}, current {Migrations.Latest}): run 'newsingest ingest' once to upgrade it");
            }

            return;
        }

        if (tables.Count == 0)
        {
            // A new store gets 16 KB pages (set before WAL, which fixes it): fewer, fuller pages for the index and
            // the duplicate keys. 100,000 generated articles ingested in 51.2 s against 55.3 s with 4 KB, back to
            // back, and searched with p95 44-46 ms against 47 ms. Existing stores keep the size they have.
            Execute("PRAGMA page_size = 16384");
        }

        Execute("PRAGMA journal_mode = WAL");
        Execute("PRAGMA synchronous = NORMAL");
        // The default 2 MB page cache doubles the cost of bulk inserts. 64 MB is enough now that writes append (the
        // duplicate keys, written in hash order, go in as large sorted runs), and keeps memory flat as the store grows.
        Execute("PRAGMA cache_size = -65536");
        Migrate(version);
    }

    private void Migrate(long from)
    {
        for (var next = (int)from + 1; next <= Migrations.Latest; next++)
        {
            using var transaction = _connection.BeginTransaction();
            using (var command = _connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Migrations.All[next - 1]
                    + $"\nPRAGMA application_id = {Migrations.ApplicationId};\nPRAGMA user_version = {next};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>
    /// Lets the WAL grow to 8,192 pages (128 MB with the 16 KB pages of a new store) between checkpoints, for the rest
    /// of this connection, instead of SQLite's 1,000. Each checkpoint copies the log into the file and waits for two
    /// fsyncs, and pages an ingest rewrites at every commit (index structure, b-tree interiors) are copied once per
    /// checkpoint however often they changed. 100,000 generated files: commit time 8.9-9.8 s against 10.6-12.0 s,
    /// alternating runs. A reader during the ingest sees the same data; only the log file is longer.
    /// </summary>
    public void CheckpointLessOften() => Execute($"PRAGMA wal_autocheckpoint = {BulkCheckpointPages}");

    /// <summary>Caps the file at this many pages, so tests can make a write fail as on a full disk.</summary>
    public void LimitPages(long pages) => Execute($"PRAGMA max_page_count = {pages}");

    /// <summary>A prepared command, created once per store and reused: the bulk paths bind and execute, never re-parse.</summary>
    public SqliteCommand Command(string sql)
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

    /// <summary>A command of its own (the caller disposes it), in the open transaction if there is one.</summary>
    public SqliteCommand NewCommand(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    public void Execute(string sql)
    {
        using var command = NewCommand(sql);
        command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sql)
    {
        using var command = NewCommand(sql);
        var value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value ?? default(T)!, typeof(T), CultureInfo.InvariantCulture);
    }

    public List<string> Strings(string sql)
    {
        using var command = NewCommand(sql);
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    public void RequireWritable()
    {
        if (Mode != StoreMode.ReadWrite)
        {
            throw new InvalidOperationException("the store was opened read-only");
        }
    }

    public void RequireTransaction()
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("writes go inside Begin()/Commit()");
        }
    }

    /// <summary>Runs one call of the contract, turning a SQLite error into the store's own exception.</summary>
    public T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, Path);
        }
    }

    public void Guard(Action call)
    {
        try
        {
            call();
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, Path);
        }
    }

    internal static StoreException Translate(SqliteException ex, string path) => ex.SqliteErrorCode switch
    {
        26 => new StoreException($"{path} is not a SQLite database: pass another file to --db", ex),
        11 => new StoreException($"{path} is corrupt ({ex.Message.TrimEnd('.')}): restore it from a copy or start a new store", ex),
        5 or 6 => new StoreException($"{path} is locked by another process (another ingest?): wait for it to finish and retry", ex),
        8 => new StoreException($"{path} is read-only: check its permissions, or use a read command", ex),
        13 => new StoreException($"the disk holding {path} is full: free some space and run ingest again (what was written since the last commit was not kept)", ex),
        14 => new StoreException($"cannot open {path}: check that its folder exists and is writable", ex),
        _ => new StoreException($"{path}: {ex.Message.TrimEnd('.')}", ex),
    };

    public static object Db(object? value) => value ?? DBNull.Value;

    public static SqliteCommand Bind(SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, Db(value));
        return command;
    }

    /// <summary>A JSON array of integers, for statements that take a whole list through <c>json_each</c>.</summary>
    public static string JsonIntegers(IEnumerable<long> values, int count)
    {
        var json = new System.Text.StringBuilder(count * 21).Append('[');
        foreach (var value in values)
        {
            json.Append(CultureInfo.InvariantCulture, $"{value},");
        }

        if (json.Length == 1)
        {
            return "[]";
        }

        json[^1] = ']';
        return json.ToString();
    }

    public static string Iso(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Disposes the prepared commands and closes the connection (which ends a transaction left open).</summary>
    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection.Dispose();
    }
}
