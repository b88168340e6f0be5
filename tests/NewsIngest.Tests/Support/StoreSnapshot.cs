using Microsoft.Data.Sqlite;

namespace NewsIngest.Tests.Support;

/// <summary>
/// The user-visible content of a store, by path: every article's fields and its cluster (by the canonical's path),
/// so two stores built in different ways can be compared for equality.
/// </summary>
public static class StoreSnapshot
{
    public static List<string> Of(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT a.path, a.sha256, a.title, a.published, a.body, a.duplicate_kind, c.path " +
            "FROM articles a LEFT JOIN articles c ON c.id = a.duplicate_of ORDER BY a.path";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetValue(i).ToString())));
        }

        return rows;
    }

    public static string Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Runs statements on a store behind the CLI's back: how tests fake what an older version or a dead run left.</summary>
    public static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static List<string[]> Rows(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }
}
