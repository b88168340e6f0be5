using NewsIngest.Core.Search;
using NewsIngest.Core.Serialization;
using NewsIngest.Storage.Queries;
using Npgsql;

namespace NewsIngest.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    /// <summary>Seconds a user's <c>sql</c> statement may run before the server cancels it.</summary>
    public const int SqlTimeoutSeconds = 30;

    // ts_rank_cd's weights, in the order D, C, B, A: a title match (A) is worth ten body matches (B), as in the
    // SQLite store's bm25(10, 1).
    private const string Weights = "'{0.1, 0.1, 0.1, 1.0}'";

    /// <summary>
    /// Full-text search over title and body through the GIN index, best first. Rows carry <see cref="ArticleRecord.Rank"/>
    /// (minus the cover-density rank, so lower is better, as with bm25) and a body <see cref="ArticleRecord.Snippet"/>
    /// marked as the SQLite store marks it.
    /// </summary>
    /// <param name="query">What the user typed, read by <see cref="SearchQueryParser"/> and translated by <see cref="TsQuery"/>.</param>
    /// <param name="filter">Dates, source, author, duplicates and limit, all applied in SQL.</param>
    /// <param name="marks">How the snippet marks matches.</param>
    /// <exception cref="StoreException">The query is empty, only exclusions, or too long; the message says how to fix it.</exception>
    public IReadOnlyList<ArticleRecord> Search(string query, ArticleFilter filter, SnippetMarks marks)
    {
        string tsquery;
        try
        {
            tsquery = TsQuery.From(SearchQueryParser.Parse(query));
        }
        catch (SearchQueryException ex)
        {
            throw new StoreException(ex.Message, ex);
        }

        return Guard(() => SearchRows(tsquery, filter, marks));
    }

    /// <inheritdoc/>
    /// <remarks>PostgreSQL's own tsquery syntax (<c>&amp;</c>, <c>|</c>, <c>!</c>, <c>&lt;-&gt;</c>, <c>:*</c>, weights), read by <c>to_tsquery('simple', ...)</c>.</remarks>
    /// <exception cref="StoreException">The server rejects the query; the message says to leave out --fts.</exception>
    public IReadOnlyList<ArticleRecord> SearchNative(string query, ArticleFilter filter, SnippetMarks marks) =>
        Guard(() => NativeQuery(query, () => SearchRows(query, filter, marks)));

    /// <inheritdoc/>
    public long CountNative(string query, ArticleFilter filter) => Guard(() => NativeQuery(query, () => CountRows(query, filter)));

    /// <inheritdoc/>
    public long CountMatches(string query, ArticleFilter filter)
    {
        string tsquery;
        try
        {
            tsquery = TsQuery.From(SearchQueryParser.Parse(query));
        }
        catch (SearchQueryException ex)
        {
            throw new StoreException(ex.Message, ex);
        }

        return Guard(() => CountRows(tsquery, filter));
    }

    /// <inheritdoc/>
    public long Count(ArticleFilter filter) => Guard(() =>
    {
        using var command = Command("");
        var where = FilterSql(filter, command);
        command.CommandText = $"SELECT count(*) FROM newsingest.articles a WHERE true{where}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    private long CountRows(string tsquery, ArticleFilter filter)
    {
        using var command = Command("");
        var where = FilterSql(filter with { Limit = null }, command);
        command.CommandText = $"SELECT count(*) FROM newsingest.articles a WHERE a.search @@ to_tsquery('simple', @query){where}";
        Bind(command, "query", tsquery);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A tsquery the server cannot read becomes one line that quotes it and names the way out.</summary>
    private static T NativeQuery<T>(string query, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (PostgresException ex) when (ex.SqlState is "42601" or "22023" or "0A000")
        {
            throw new StoreException($"PostgreSQL cannot read '{query}' as a tsquery ({ex.MessageText}): leave out --fts to use the search syntax", ex);
        }
    }

    private List<ArticleRecord> SearchRows(string tsquery, ArticleFilter filter, SnippetMarks marks)
    {
        using var command = Command("");
        var where = FilterSql(filter, command);
        var limit = Limit(filter, command);
        // Rank every match on the small columns, keep the page, then make snippets for the page only.
        command.CommandText =
            "WITH q AS (SELECT to_tsquery('simple', @query) AS q), " +
            $"hits AS (SELECT a.id, round(-ts_rank_cd({Weights}, a.search, q.q, 0)::numeric, 6)::float8 AS score FROM newsingest.articles a, q " +
            $"WHERE a.search @@ q.q{where} ORDER BY score, a.id{limit}) " +
            $"SELECT {RecordColumns}, hits.score, ts_headline('simple', a.body, q.q, @options) " +
            "FROM hits JOIN newsingest.articles a ON a.id = hits.id, q ORDER BY hits.score, hits.id";
        Bind(command, "query", tsquery);
        Bind(command, "options", HeadlineOptions(marks));
        var rows = Records(command, withSearchColumns: true);
        return [.. rows.Select(row => row with { Snippet = WithEllipses(row.Snippet ?? "", row.Body, marks) })];
    }

    /// <summary>ts_headline's options: one fragment of about <see cref="SnippetMarks.Tokens"/> words, marked with the given marks.</summary>
    private static string HeadlineOptions(SnippetMarks marks)
    {
        static string Value(string text) => "\"" + text.Replace("\"", "", StringComparison.Ordinal) + "\"";
        var words = Math.Clamp(marks.Tokens, 2, 64);
        return $"StartSel={Value(marks.Open)}, StopSel={Value(marks.Close)}, MaxWords={words}, MinWords={Math.Max(1, words / 2)}, " +
            "ShortWord=0, MaxFragments=1, FragmentDelimiter=\" \"";
    }

    /// <summary>The fragment with the ellipsis where it cuts the body, as FTS5's snippet() writes it.</summary>
    private static string WithEllipses(string snippet, string body, SnippetMarks marks)
    {
        var plain = snippet.Replace(marks.Open, "", StringComparison.Ordinal).Replace(marks.Close, "", StringComparison.Ordinal).Trim();
        if (plain.Length == 0)
        {
            return snippet;
        }

        var start = body.StartsWith(plain, StringComparison.Ordinal) ? "" : marks.Ellipsis;
        var end = body.TrimEnd().EndsWith(plain, StringComparison.Ordinal) ? "" : marks.Ellipsis;
        return start + snippet.Trim() + end;
    }

    /// <summary>
    /// Runs a user's SQL on a connection of its own, inside a READ ONLY transaction with <see cref="SqlTimeoutSeconds"/>
    /// of statement time, with <c>newsingest</c> first on the search path (so <c>articles</c> means the store's table).
    /// The session's later transactions are read-only too, so a <c>COMMIT</c> inside the text does not open a writable
    /// one. This keeps mistakes out; a role with SELECT rights only is what keeps a determined user out.
    /// </summary>
    /// <exception cref="StoreException">The SQL is invalid, tries to write, or runs too long.</exception>
    public ISqlRows RunSql(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(Target.ConnectionString)
        {
            Pooling = false,
            Options = $"-c default_transaction_read_only=on -c statement_timeout={SqlTimeoutSeconds * 1000} -c search_path=newsingest,public",
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        NpgsqlCommand? command = null;
        var display = Location;
        try
        {
            connection.Open();
            var transaction = connection.BeginTransaction();
            using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                readOnly.ExecuteNonQuery();
            }

            command = new NpgsqlCommand(sql, connection, transaction);
            var reader = command.ExecuteReader();
            return new DbSqlRows(connection, command, reader, ex => TranslateSql(ex, display));
        }
        catch (Exception ex) when (ex is NpgsqlException)
        {
            command?.Dispose();
            connection.Dispose();
            throw TranslateSql(ex, display);
        }
    }

    internal static StoreException TranslateSql(Exception ex, string display) => ex switch
    {
        PostgresException { SqlState: "25006" } pg => new StoreException(
            $"sql is read-only ({pg.MessageText}): {display} was not changed; change the store with 'newsingest ingest'", ex),
        PostgresException { SqlState: "57014" } => new StoreException(
            $"sql: the query ran longer than {SqlTimeoutSeconds} s and was cancelled: narrow it with WHERE or LIMIT", ex),
        PostgresException { SqlState: var state } pg when state.StartsWith("42", StringComparison.Ordinal) || state.StartsWith("22", StringComparison.Ordinal) =>
            new StoreException($"sql: {pg.MessageText}", ex),
        _ => Translate(ex, display),
    };
}
