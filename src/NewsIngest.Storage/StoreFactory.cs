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
            // The PostgreSQL engine plugs in here.
            throw new StoreException($"{Redacted(location)}: PostgreSQL stores are not supported by this build; pass a file name to --db");
        }

        return SqliteArticleStore.OpenExclusive(location, mode);
    }

    /// <summary>Whether <paramref name="location"/> is a PostgreSQL connection URI rather than a file name.</summary>
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The location without a password, for messages.</summary>
    public static string Redacted(string location)
    {
        if (!IsPostgres(location) || !Uri.TryCreate(location, UriKind.Absolute, out var uri) || !uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return location;
        }

        var user = uri.UserInfo[..uri.UserInfo.IndexOf(':', StringComparison.Ordinal)];
        return new UriBuilder(uri) { UserName = user, Password = "" }.Uri.ToString();
    }
}
