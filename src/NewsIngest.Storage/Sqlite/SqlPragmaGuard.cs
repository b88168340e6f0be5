using Microsoft.Data.Sqlite;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// Refuses, when the statement is prepared, the PRAGMAs through which a read-only connection still acts on the store
/// or the disk: leaving WAL mode or taking an exclusive lock waits for every other reader and then fails as "database
/// is locked" after the busy timeout; a checkpoint writes; the deprecated temporary-directory PRAGMAs point SQLite's
/// own files elsewhere. Reading a setting (<c>PRAGMA journal_mode</c> with no value) stays allowed.
/// </summary>
internal static class SqlPragmaGuard
{
    /// <summary>SQLITE_AUTH: what SQLite reports for a statement the authorizer denied.</summary>
    public const int NotAuthorized = 23;

    private const int Pragma = 19;
    private const int Ok = 0;
    private const int Deny = 1;

    // Refused even when only read: running them acts.
    private static readonly HashSet<string> Always = new(StringComparer.OrdinalIgnoreCase)
    {
        "wal_checkpoint", "temp_store_directory", "data_store_directory",
    };

    // Refused when given a value.
    private static readonly HashSet<string> WithValue = new(StringComparer.OrdinalIgnoreCase)
    {
        "journal_mode", "locking_mode", "journal_size_limit", "wal_autocheckpoint",
    };

    public static void Install(SqliteConnection connection) =>
        SQLitePCL.raw.sqlite3_set_authorizer(connection.Handle, Authorize, null);

    /// <summary>What the user is told instead of SQLite's bare "not authorized".</summary>
    public static string Explanation { get; } =
        "PRAGMAs that change the journal, the locking or where SQLite writes its files (journal_mode, locking_mode, wal_checkpoint, temp_store_directory, ...) are refused";

    private static int Authorize(object userData, int action, string name, string value, string database, string trigger)
    {
        if (action != Pragma)
        {
            return Ok;
        }

        return Always.Contains(name) || (value is not null && WithValue.Contains(name)) ? Deny : Ok;
    }
}
