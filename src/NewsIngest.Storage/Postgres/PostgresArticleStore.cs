using System.Net.Sockets;
using NewsIngest.Core.Dedup;
using Npgsql;

namespace NewsIngest.Storage.Postgres;

/// <summary>
/// The PostgreSQL store: the tables of the SQLite store in the schema <c>newsingest</c> of any database, for corpora
/// that several machines write and many people query. Not thread-safe: one connection per instance; several
/// processes (on several machines) may write one database at once, see <c>docs/scale.md</c> for how their duplicate
/// decisions are kept equal to one serial run.
/// </summary>
public sealed partial class PostgresArticleStore : IArticleStore
{
    /// <summary>First half of every advisory lock key the store takes: "NIng", as the SQLite store's application id.</summary>
    internal const int LockClass = 0x4E496E67;

    /// <summary>Second half of the lock key held while the schema is made or migrated.</summary>
    internal const int MigrationLock = 1;

    /// <summary>Second half of the lock key every write transaction holds (see <see cref="Begin"/>).</summary>
    internal const int WriterLock = 2;

    private readonly NpgsqlConnection _connection;

    private PostgresArticleStore(NpgsqlConnection connection, PostgresLocation target, StoreMode mode)
    {
        _connection = connection;
        Target = target;
        Mode = mode;
        Duplicates = new PostgresDuplicateIndex(this);
    }

    /// <summary>The database and how to reach it.</summary>
    public PostgresLocation Target { get; }

    /// <summary>The store as messages name it: the URI without its password.</summary>
    public string Location => Target.Display;

    /// <summary>The duplicate index, in the same database and transactions.</summary>
    public PostgresDuplicateIndex Duplicates { get; }

    IDuplicateIndex IArticleStore.Duplicates => Duplicates;

    public StoreMode Mode { get; }

    /// <summary>Opens the store (and for <see cref="StoreMode.ReadWrite"/> makes or migrates its schema).</summary>
    /// <exception cref="StoreException">The server cannot be reached or refuses the login, or the schema is foreign or newer.</exception>
    public static PostgresArticleStore Open(PostgresLocation location, StoreMode mode)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString)
        {
            // The writer's statements are few and repeated thousands of times: let Npgsql prepare them on the server.
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
            CommandTimeout = 0,
            Pooling = false,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            var store = new PostgresArticleStore(connection, location, mode);
            store.Prepare();
            return store;
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            connection.Dispose();
            throw Translate(ex, location.Display);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Prepare()
    {
        if (Mode == StoreMode.ReadOnly)
        {
            var version = Check();
            if (version is null)
            {
                throw new StoreException($"no NewsIngest store in {Location} (no schema '{PostgresMigrations.Schema}'): run 'newsingest ingest PATH --db URI' first");
            }

            if (version < PostgresMigrations.Latest)
            {
                throw new StoreException(
                    $"{Location} has an older schema ({version}, current {PostgresMigrations.Latest}): run 'newsingest ingest' once to upgrade it");
            }

            return;
        }

        // Two ingests started at once on a new database would both make the schema: the first takes this lock, the
        // second finds the schema made when it gets the lock.
        using var transaction = _connection.BeginTransaction();
        Execute($"SELECT pg_advisory_xact_lock({LockClass}, {MigrationLock})");
        var from = Check() ?? 0;
        if (from == 0)
        {
            Execute($"CREATE SCHEMA IF NOT EXISTS {PostgresMigrations.Schema}");
            Execute($"CREATE TABLE {PostgresMigrations.Schema}.schema_version (version integer NOT NULL)");
            Execute($"INSERT INTO {PostgresMigrations.Schema}.schema_version (version) VALUES (0)");
        }

        for (var next = from + 1; next <= PostgresMigrations.Latest; next++)
        {
            Execute(PostgresMigrations.All[next - 1]);
            Execute($"UPDATE {PostgresMigrations.Schema}.schema_version SET version = {next}");
        }

        transaction.Commit();
    }

    /// <summary>The schema's version, or null when there is no schema (or an empty one); refuses foreign and newer ones.</summary>
    private int? Check()
    {
        var tables = Strings(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            $"WHERE n.nspname = '{PostgresMigrations.Schema}' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.relname");
        if (tables.Count == 0)
        {
            return null;
        }

        var foreign = tables.Where(t => !PostgresMigrations.Tables.Contains(t)).ToList();
        if (foreign.Count > 0 || !tables.Contains("schema_version"))
        {
            var shown = foreign.Count > 0 ? foreign : tables;
            throw new StoreException(
                $"the schema '{PostgresMigrations.Schema}' in {Location} holds tables that are not NewsIngest's ({string.Join(", ", shown.Take(5))}): " +
                "point --db at another database, or move those tables out of the schema");
        }

        var version = Convert.ToInt32(Scalar($"SELECT max(version) FROM {PostgresMigrations.Schema}.schema_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > PostgresMigrations.Latest)
        {
            throw new StoreException(
                $"{Location} was written by a newer NewsIngest (schema {version}, this version knows up to {PostgresMigrations.Latest}): upgrade newsingest");
        }

        return version;
    }

    /// <summary>The schema version recorded in the database.</summary>
    public long SchemaVersion => Convert.ToInt64(Scalar($"SELECT max(version) FROM {PostgresMigrations.Schema}.schema_version"), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }

    /// <summary>
    /// One line that names the cause and the fix, for an error of the server or of the way to it. Never the
    /// connection string: <paramref name="display"/> is the URI without its password.
    /// </summary>
    internal static StoreException Translate(Exception ex, string display)
    {
        if (ex is StoreException store)
        {
            return store;
        }

        if (ex is PostgresException pg)
        {
            return pg.SqlState switch
            {
                "28P01" or "28000" => new StoreException(
                    $"PostgreSQL at {display} refused the login ({pg.MessageText}): check the user, the password (in PGPASSWORD or ~/.pgpass) and pg_hba.conf", ex),
                "3D000" => new StoreException($"PostgreSQL at {display}: {pg.MessageText}: create it first (createdb), or fix the database in the URI", ex),
                "42501" => new StoreException($"PostgreSQL at {display} denied a permission ({pg.MessageText}): grant the user CREATE on the database, or use a read command", ex),
                "57P01" or "57P02" or "57P03" or "08006" or "08003" or "08001" => new StoreException(
                    $"the PostgreSQL server at {display} went away ({pg.MessageText}): what was committed is kept; run the command again when the server is back", ex),
                "53100" => new StoreException($"the PostgreSQL server at {display} is out of disk space: free some and run ingest again (what was written since the last commit was not kept)", ex),
                "53300" => new StoreException($"PostgreSQL at {display} has no connection slot left: close other clients or raise max_connections", ex),
                _ => new StoreException($"PostgreSQL at {display}: {pg.MessageText} ({pg.SqlState})", ex),
            };
        }

        var socket = ex as SocketException ?? ex.InnerException as SocketException;
        if (socket is not null)
        {
            return new StoreException($"cannot reach PostgreSQL at {display} ({socket.SocketErrorCode}): check that the server runs and that the URI names it", ex);
        }

        if (ex is TimeoutException || ex.InnerException is TimeoutException)
        {
            return new StoreException($"PostgreSQL at {display} did not answer in time: check the server and the network, then run the command again", ex);
        }

        if (ex is NpgsqlException { InnerException: IOException or EndOfStreamException } or NpgsqlException { IsTransient: true })
        {
            return new StoreException(
                $"lost the connection to PostgreSQL at {display}: what was committed is kept; run the command again when the server is back", ex);
        }

        return new StoreException($"PostgreSQL at {display}: {FirstLine(ex.Message)}", ex);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
