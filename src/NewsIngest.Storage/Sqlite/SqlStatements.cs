using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// What <c>sql</c> accepts before it runs anything: one statement, with its values written in. A second statement
/// would otherwise be skipped without a word, and a parameter (<c>?</c>, <c>:x</c>) has nothing to bind.
/// </summary>
internal static class SqlStatements
{
    /// <exception cref="StoreException">More than one statement, or a parameter.</exception>
    public static void RequireOnePlain(SqliteConnection connection, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out sqlite3_stmt statement, out string tail);
        using (statement)
        {
            if (rc != raw.SQLITE_OK || statement.IsInvalid)
            {
                // Invalid SQL is reported by the run itself, in SQLite's words.
                return;
            }

            if (raw.sqlite3_bind_parameter_count(statement) > 0)
            {
                var name = raw.sqlite3_bind_parameter_name(statement, 1).utf8_to_string() ?? "?";
                throw new StoreException(
                    $"the SQL has a parameter ({name}) and sql has no values to bind: write the value into the query, e.g. where source = 'BBC'");
            }
        }

        if (string.IsNullOrWhiteSpace(tail))
        {
            return;
        }

        rc = raw.sqlite3_prepare_v2(connection.Handle, tail, out sqlite3_stmt next, out _);
        using (next)
        {
            // What follows the first statement may be only comments or semicolons: that is no statement.
            if (rc == raw.SQLITE_OK && next.IsInvalid)
            {
                return;
            }
        }

        throw new StoreException("sql runs one statement, and this SQL has more after the first ';': run each on its own");
    }
}
