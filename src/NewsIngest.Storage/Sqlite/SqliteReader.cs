using Microsoft.Data.Sqlite;
using NewsIngest.Core.Search;
using NewsIngest.Core.Serialization;
using NewsIngest.Storage.Queries;
using static NewsIngest.Storage.Sqlite.SqliteSession;

namespace NewsIngest.Storage.Sqlite;

/// <summary>Reads articles, counts and clusters, and runs a user's SQL on a read-only connection of its own.</summary>
internal sealed class SqliteReader(SqliteSession session)
{
    internal const string RecordColumns = RecordReader.Columns;

    /// <inheritdoc/>
    public long Count(ArticleFilter filter)
    {
        var (where, _, parameters) = ArticleFilterSql.Build(filter, "a.id");
        var command = session.Command($"SELECT count(*) FROM articles a WHERE 1 = 1{where}");
        BindAll(command, parameters, filter with { Limit = null });
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Articles that pass <paramref name="filter"/>, newest first; undated ones last, then by id.</summary>
    public IReadOnlyList<ArticleRecord> List(ArticleFilter filter)
    {
        var (where, _, parameters) = ArticleFilterSql.Build(filter, "a.id");
        // As in Search: order and limit on the short columns, then read the full rows of the page only. In the page,
        // `published DESC` alone puts undated rows last (SQLite sorts NULL below every value), and lets SQLite walk the
        // articles_published index newest first and stop at the limit, sorting only the ties by id; with
        // `published IS NULL` in front it sorted every row (list --limit 20 at 100,000 articles: 59 ms -> 6.5 ms).
        var sql =
            $"WITH page AS (SELECT a.id, a.published FROM articles a WHERE 1 = 1{where} " +
            $"ORDER BY a.published DESC, a.id{LimitSql(filter)}) " +
            $"SELECT {RecordColumns} FROM page CROSS JOIN articles a ON a.id = page.id " +
            "ORDER BY page.published IS NULL, page.published DESC, page.id";
        var command = session.Command(sql);
        BindAll(command, parameters, filter);
        return Records(command, withSearchColumns: false);
    }

    /// <summary>The article with this id, or null.</summary>
    public ArticleRecord? GetById(long id)
    {
        var command = session.Command($"SELECT {RecordColumns} FROM articles a WHERE a.id = $id");
        Bind(command, "$id", id);
        return Records(command, withSearchColumns: false).FirstOrDefault();
    }

    /// <summary>The article stored for this path (as it was given to ingest), or null.</summary>
    public ArticleRecord? GetByPath(string path)
    {
        var command = session.Command($"SELECT {RecordColumns} FROM articles a WHERE a.path = $path");
        Bind(command, "$path", path);
        return Records(command, withSearchColumns: false).FirstOrDefault();
    }

    /// <summary>The article fetched from this URL (a WARC record's target URI), the latest fetch when there are several; or null.</summary>
    public ArticleRecord? GetByUrl(string url)
    {
        var command = session.Command($"SELECT {RecordColumns} FROM articles a WHERE a.url = $url ORDER BY a.fetched DESC, a.id DESC LIMIT 1");
        Bind(command, "$url", url);
        return Records(command, withSearchColumns: false).FirstOrDefault();
    }

    /// <inheritdoc/>
    /// <remarks>The query is translated as <see cref="SqliteSearch.Search"/> translates it; matching is FTS5's, the order is by id.</remarks>
    public IEnumerable<ArticleRecord> Export(ArticleFilter filter, string? query)
    {
        var match = query is null ? null : Fts5Query.From(SearchQueryParser.Parse(query));
        var (where, _, parameters) = ArticleFilterSql.Build(filter, "a.id");
        using var command = session.NewCommand(
            $"SELECT {RecordColumns} FROM articles a WHERE 1 = 1{where}" +
            (match is null ? "" : " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $query)") +
            $" ORDER BY a.id{LimitSql(filter)}");
        BindAll(command, parameters, filter);
        if (match is not null)
        {
            Bind(command, "$query", match);
        }

        using var reader = session.Guard(() => command.ExecuteReader());
        while (true)
        {
            // The guard cannot wrap a yield: each step is guarded on its own.
            var record = session.Guard(() => reader.Read() ? RecordReader.Read(reader, withSearchColumns: false) : null);
            if (record is null)
            {
                yield break;
            }

            yield return record;
        }
    }

    /// <summary>Counts of the whole store: articles, duplicates, clusters, failures, by source and by month.</summary>
    public StoreStats Stats() => new()
    {
        Articles = session.Scalar<long>("SELECT count(*) FROM articles"),
        Duplicates = session.Scalar<long>("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        Clusters = session.Scalar<long>("SELECT count(DISTINCT duplicate_of) FROM articles WHERE duplicate_of IS NOT NULL"),
        // A WARC file's row is marked failed so the next run reads it again; its failed records are counted already.
        FailedFiles = session.Scalar<long>(
            $"SELECT count(*) FROM files f WHERE status = '{FileStatus.Failed}' AND NOT EXISTS (SELECT 1 FROM files r " +
            $"WHERE r.path > f.path || '#' AND r.path < f.path || '$' AND r.status = '{FileStatus.Failed}')"),
        Runs = session.Scalar<long>("SELECT count(*) FROM runs"),
        BySource = Counts(
            "SELECT min(source), count(*) FROM articles GROUP BY source COLLATE NOCASE " +
            "ORDER BY min(source) IS NULL, count(*) DESC, min(source) COLLATE NOCASE"),
        ByMonth = Counts(
            "SELECT month, count(*) FROM (SELECT CASE WHEN length(published) = 4 THEN published " +
            "ELSE substr(published, 1, 7) END AS month FROM articles) GROUP BY month ORDER BY month IS NULL, month"),
    };

    /// <summary>
    /// Runs a user's SQL on a connection of its own opened read-only, so a write fails and the store is untouched.
    /// </summary>
    /// <exception cref="StoreException">The SQL is invalid, or tries to write.</exception>
    public ISqlRows RunSql(string sql)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.GetFullPath(session.Path),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        SqliteCommand? command = null;
        try
        {
            connection.Open();
            // A read-only connection still writes other files through ATTACH or VACUUM INTO (which attaches
            // its target); with no database allowed to attach, sql cannot write anywhere.
            SQLitePCL.raw.sqlite3_limit(connection.Handle, SQLitePCL.raw.SQLITE_LIMIT_ATTACHED, 0);
            SqlPragmaGuard.Install(connection);
            SqlStatements.RequireOnePlain(connection, sql);
            command = connection.CreateCommand();
            command.CommandText = sql;
            var reader = command.ExecuteReader();
            var path = session.Path;
            return new DbSqlRows(connection, command, reader, ex => ex is SqliteException sqlite ? TranslateSql(sqlite, path) : new StoreException($"sql: {ex.Message}", ex));
        }
        catch (SqliteException ex)
        {
            command?.Dispose();
            connection.Dispose();
            throw TranslateSql(ex, session.Path);
        }
        catch
        {
            command?.Dispose();
            connection.Dispose();
            throw;
        }
    }

    internal static StoreException TranslateSql(SqliteException ex, string path)
    {
        var message = ex.Message.Replace($"SQLite Error {ex.SqliteErrorCode}: ", "", StringComparison.Ordinal).Trim('\'', '.', ' ');
        if (ex.SqliteErrorCode == SqlPragmaGuard.NotAuthorized)
        {
            return new StoreException($"sql is read-only: {SqlPragmaGuard.Explanation}; {path} was not changed", ex);
        }

        if (ex.SqliteErrorCode == 8)
        {
            return new StoreException($"sql is read-only ({message}): {path} was not changed; change the store with 'newsingest ingest'", ex);
        }

        return message.StartsWith("too many attached databases", StringComparison.Ordinal)
            ? new StoreException("sql is read-only: ATTACH and VACUUM INTO are not allowed; copy the store with 'cp' and open the copy instead", ex)
            : new StoreException($"sql: {message}", ex);
    }

    private List<CountBy> Counts(string sql)
    {
        using var command = session.NewCommand(sql);
        using var reader = command.ExecuteReader();
        var result = new List<CountBy>();
        while (reader.Read())
        {
            result.Add(new CountBy(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1)));
        }

        return result;
    }

    internal static string LimitSql(ArticleFilter filter) => filter.Limit is null ? "" : " LIMIT $limit";

    internal static void BindAll(SqliteCommand command, IReadOnlyList<(string Name, object Value)> parameters, ArticleFilter filter)
    {
        foreach (var (name, value) in parameters)
        {
            Bind(command, name, value);
        }

        if (filter.Limit is { } limit)
        {
            Bind(command, "$limit", Math.Max(0, limit));
        }
    }

    internal static List<ArticleRecord> Records(SqliteCommand command, bool withSearchColumns)
    {
        using var reader = command.ExecuteReader();
        var result = new List<ArticleRecord>();
        while (reader.Read())
        {
            result.Add(RecordReader.Read(reader, withSearchColumns));
        }

        return result;
    }

    /// <summary>Every cluster with at least one duplicate, ordered by canonical id; members by id.</summary>
    public IReadOnlyList<ClusterRow> ListClusters()
    {
        using var command = session.NewCommand(
            "SELECT a.id, a.path, a.title, a.word_count, a.duplicate_kind, a.similarity, a.duplicate_reason, " +
            "coalesce(a.duplicate_of, a.id) AS canonical FROM articles a " +
            "WHERE a.duplicate_of IS NOT NULL OR a.id IN (SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL) " +
            "ORDER BY canonical, a.duplicate_of IS NOT NULL, a.id");
        using var reader = command.ExecuteReader();
        return ClusterRowsReader.Read(reader);
    }

    /// <summary>The id of the article with this id (as text) or this path, or null.</summary>
    public long? ResolveArticle(string idOrPath)
    {
        using var command = session.NewCommand("SELECT id FROM articles WHERE path = $path OR (CAST(id AS TEXT) = $path) ORDER BY path = $path DESC LIMIT 1");
        command.Parameters.AddWithValue("$path", idOrPath);
        return command.ExecuteScalar() is long id ? id : null;
    }

    /// <summary>An article's id, path, body and stored duplicate link, for <c>dups explain</c>.</summary>
    public (string Path, string Body, long? DuplicateOf) LoadForExplain(long id)
    {
        using var command = session.NewCommand("SELECT path, body, duplicate_of FROM articles WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new StoreException($"no article {id} in {session.Path}");
        }

        return (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
    }
}
