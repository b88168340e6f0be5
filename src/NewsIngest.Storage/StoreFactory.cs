using NewsIngest.Storage.Postgres;
using NewsIngest.Storage.Sqlite;

namespace NewsIngest.Storage;

/// <summary>
/// Turns a <c>--db</c> value into a store. A plain path is a SQLite file; a <c>postgresql://</c> or
/// <c>postgres://</c> URI names a PostgreSQL database. Opening for writing also makes this process the store's
/// one ingest until the store is disposed.
/// </summary>
public static class StoreFactory
{
    /// <summary>Opens (and for <see cref="StoreMode.ReadWrite"/> creates or migrates) the store <paramref name="location"/> names.</summary>
    /// <exception cref="StoreException">The store is missing (read-only), foreign, newer, locked or unusable.</exception>
    public static IArticleStore Open(string location, StoreMode mode)
    {
        if (IsPostgres(location))
        {
            // Several processes may write one database at once: no writer lock of the process's own.
            return PostgresArticleStore.Open(PostgresLocation.Parse(location), mode);
        }

        return SqliteArticleStore.OpenExclusive(location, mode);
    }

    /// <summary>Whether <paramref name="location"/> is a PostgreSQL connection URI rather than a file name.</summary>
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The files on this machine that the store at <paramref name="location"/> is made of, as full paths: a SQLite
    /// file and the journal files SQLite keeps beside it; none for a PostgreSQL database.
    /// </summary>
    public static IReadOnlySet<string> LocalFiles(string location)
    {
        if (IsPostgres(location))
        {
            return new HashSet<string>();
        }

        var full = Path.GetFullPath(location);
        return new HashSet<string>(StringComparer.Ordinal) { full, full + "-wal", full + "-shm", full + "-journal" };
    }

    /// <summary>The location without a password, for messages.</summary>
    public static string Redacted(string location)
    {
        if (!IsPostgres(location))
        {
            return location;
        }

        try
        {
            return PostgresLocation.Parse(location).Display;
        }
        catch (StoreException)
        {
            // Too malformed to read: show the scheme alone, never what might be a password.
            return location[..(location.IndexOf("://", StringComparison.Ordinal) + 3)] + "…";
        }
    }
}
