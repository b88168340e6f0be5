using Microsoft.Data.Sqlite;
using NewsIngest.Core.Search;
using NewsIngest.Core.Serialization;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private const string RecordColumns = RecordReader.Columns;

    /// <inheritdoc/>
    /// <remarks>The query is parsed by <see cref="SearchQueryParser"/> and sent to FTS5 with every term quoted (<see cref="Fts5Query"/>).</remarks>
    public IReadOnlyList<ArticleRecord> Search(string query, ArticleFilter filter, SnippetMarks marks) =>
        SearchNative(Fts5Query.From(SearchQueryParser.Parse(query)), filter, marks);

    /// <inheritdoc/>
    public long CountMatches(string query, ArticleFilter filter) => CountNative(Fts5Query.From(SearchQueryParser.Parse(query)), filter);

    /// <inheritdoc/>
    /// <remarks>SQLite's FTS5 syntax: words, "phrases", AND/OR/NOT, NEAR, prefix*, column filters; bm25 with a title match worth ten body matches.</remarks>
    /// <exception cref="StoreException">FTS5 rejects the query; the message quotes it and suggests a phrase.</exception>
    public IReadOnlyList<ArticleRecord> SearchNative(string query, ArticleFilter filter, SnippetMarks marks)
    {
        try
        {
            return SearchRows(query, RankHits(query, filter), marks);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            throw new StoreException(
                $"search query {Quote(query)} is not valid FTS5 syntax ({ex.Message.Replace("SQLite Error 1: ", "", StringComparison.Ordinal).Trim('\'', '.', ' ')}): " +
                $"to search for the words as they are, quote the phrase: newsingest search '{Phrase(query)}'",
                ex);
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, Path);
        }
    }

    /// <inheritdoc/>
    public long CountNative(string query, ArticleFilter filter) => Guard(() =>
    {
        var (where, needsRow, parameters) = ArticleFilterSql.Build(filter, "articles_fts.rowid");
        var join = needsRow ? " JOIN articles a INDEXED BY articles_filter ON a.id = articles_fts.rowid" : "";
        var command = Command($"SELECT count(*) FROM articles_fts{join} WHERE articles_fts MATCH $query{where}");
        Bind(command, "$query", query);
        BindAll(command, parameters, filter with { Limit = null });
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <inheritdoc/>
    public long Count(ArticleFilter filter) => Guard(() =>
    {
        var (where, _, parameters) = ArticleFilterSql.Build(filter, "a.id");
        var command = Command($"SELECT count(*) FROM articles a WHERE 1 = 1{where}");
        BindAll(command, parameters, filter with { Limit = null });
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <summary>Articles that pass <paramref name="filter"/>, newest first; undated ones last, then by id.</summary>
    public IReadOnlyList<ArticleRecord> List(ArticleFilter filter) => Guard(() =>
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
        var command = Command(sql);
        BindAll(command, parameters, filter);
        return Records(command, withSearchColumns: false);
    });

    /// <summary>The article with this id, or null.</summary>
    public ArticleRecord? GetById(long id) => Guard(() =>
    {
        var command = Command($"SELECT {RecordColumns} FROM articles a WHERE a.id = $id");
        Bind(command, "$id", id);
        return Records(command, withSearchColumns: false).FirstOrDefault();
    });

    /// <summary>The article stored for this path (as it was given to ingest), or null.</summary>
    public ArticleRecord? GetByPath(string path) => Guard(() =>
    {
        var command = Command($"SELECT {RecordColumns} FROM articles a WHERE a.path = $path");
        Bind(command, "$path", path);
        return Records(command, withSearchColumns: false).FirstOrDefault();
    });

    /// <summary>The article fetched from this URL (a WARC record's target URI), the latest fetch when there are several; or null.</summary>
    public ArticleRecord? GetByUrl(string url)
    {
        var command = Command($"SELECT {RecordColumns} FROM articles a WHERE a.url = $url ORDER BY a.fetched DESC, a.id DESC LIMIT 1");
        Bind(command, "$url", url);
        return Records(command, withSearchColumns: false).FirstOrDefault();
    }

    /// <inheritdoc/>
    /// <remarks>The query is translated as <see cref="Search"/> translates it; matching is FTS5's, the order is by id.</remarks>
    public IEnumerable<ArticleRecord> Export(ArticleFilter filter, string? query)
    {
        var match = query is null ? null : Fts5Query.From(SearchQueryParser.Parse(query));
        var (where, _, parameters) = ArticleFilterSql.Build(filter, "a.id");
        using var command = _connection.CreateCommand();
        command.CommandText =
            $"SELECT {RecordColumns} FROM articles a WHERE 1 = 1{where}" +
            (match is null ? "" : " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $query)") +
            $" ORDER BY a.id{LimitSql(filter)}";
        command.Transaction = _transaction;
        BindAll(command, parameters, filter);
        if (match is not null)
        {
            Bind(command, "$query", match);
        }

        using var reader = Guard(() => command.ExecuteReader());
        while (true)
        {
            // The guard cannot wrap a yield: each step is guarded on its own.
            var record = Guard(() => reader.Read() ? RecordReader.Read(reader, withSearchColumns: false) : null);
            if (record is null)
            {
                yield break;
            }

            yield return record;
        }
    }

    /// <summary>Counts of the whole store: articles, duplicates, clusters, failures, by source and by month.</summary>
    public StoreStats Stats() => Guard(() => new StoreStats
    {
        Articles = Scalar<long>("SELECT count(*) FROM articles"),
        Duplicates = Scalar<long>("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        Clusters = Scalar<long>("SELECT count(DISTINCT duplicate_of) FROM articles WHERE duplicate_of IS NOT NULL"),
        FailedFiles = Scalar<long>($"SELECT count(*) FROM files WHERE status = '{FileStatus.Failed}'"),
        Runs = Scalar<long>("SELECT count(*) FROM runs"),
        BySource = Counts(
            "SELECT min(source), count(*) FROM articles GROUP BY source COLLATE NOCASE " +
            "ORDER BY min(source) IS NULL, count(*) DESC, min(source) COLLATE NOCASE"),
        ByMonth = Counts(
            "SELECT month, count(*) FROM (SELECT CASE WHEN length(published) = 4 THEN published " +
            "ELSE substr(published, 1, 7) END AS month FROM articles) GROUP BY month ORDER BY month IS NULL, month"),
    });

    /// <summary>
    /// Runs a user's SQL on a connection of its own opened read-only, so a write fails and the store is untouched.
    /// </summary>
    /// <exception cref="StoreException">The SQL is invalid, or tries to write.</exception>
    public ISqlRows RunSql(string sql)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.GetFullPath(Path),
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
            var path = Path;
            return new DbSqlRows(connection, command, reader, ex => ex is SqliteException sqlite ? TranslateSql(sqlite, path) : new StoreException($"sql: {ex.Message}", ex));
        }
        catch (SqliteException ex)
        {
            command?.Dispose();
            connection.Dispose();
            throw TranslateSql(ex, Path);
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
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        using var reader = command.ExecuteReader();
        var result = new List<CountBy>();
        while (reader.Read())
        {
            result.Add(new CountBy(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1)));
        }

        return result;
    }

    private static string LimitSql(ArticleFilter filter) => filter.Limit is null ? "" : " LIMIT $limit";

    private static void BindAll(SqliteCommand command, IReadOnlyList<(string Name, object Value)> parameters, ArticleFilter filter)
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

    private static List<ArticleRecord> Records(SqliteCommand command, bool withSearchColumns)
    {
        using var reader = command.ExecuteReader();
        var result = new List<ArticleRecord>();
        while (reader.Read())
        {
            result.Add(RecordReader.Read(reader, withSearchColumns));
        }

        return result;
    }

    private static string Quote(string query) => $"'{query}'";

    /// <summary>
    /// The query as one FTS5 phrase, ready to paste into a POSIX shell: its own double quotes dropped (a phrase of
    /// plain words is what was meant), single quotes escaped for the shell's single-quoted string.
    /// </summary>
    private static string Phrase(string query) =>
        $"\"{query.Replace("\"", "", StringComparison.Ordinal).Trim()}\"".Replace("'", "'\\''", StringComparison.Ordinal);
}
