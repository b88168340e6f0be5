using NewsIngest.Core.Dedup;
using NewsIngest.Core.Search;
using NewsIngest.Core.Serialization;
using NewsIngest.Core.Text;
using NewsIngest.Storage.Queries;
using Npgsql;

namespace NewsIngest.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    private const string RecordColumns = RecordReader.Columns;

    /// <summary>Articles that pass <paramref name="filter"/>, newest first; undated ones last, then by id.</summary>
    public IReadOnlyList<ArticleRecord> List(ArticleFilter filter) => Guard(() =>
    {
        using var command = Command("");
        var where = FilterSql(filter, command);
        command.CommandText =
            $"SELECT {RecordColumns} FROM newsingest.articles a WHERE true{where} " +
            $"ORDER BY a.published IS NULL, a.published DESC, a.id{Limit(filter, command)}";
        return Records(command, withSearchColumns: false);
    });

    /// <summary>The article with this id, or null.</summary>
    public ArticleRecord? GetById(long id) => Guard(() =>
    {
        using var command = Command($"SELECT {RecordColumns} FROM newsingest.articles a WHERE a.id = @id");
        Bind(command, "id", id);
        return Records(command, withSearchColumns: false).FirstOrDefault();
    });

    /// <summary>The article stored for this path (as it was given to ingest), or null.</summary>
    public ArticleRecord? GetByPath(string path) => Guard(() =>
    {
        using var command = Command($"SELECT {RecordColumns} FROM newsingest.articles a WHERE a.path = @path");
        Bind(command, "path", path);
        return Records(command, withSearchColumns: false).FirstOrDefault();
    });

    /// <summary>The article fetched from this URL (a WARC record's target URI), the latest fetch when there are several; or null.</summary>
    public ArticleRecord? GetByUrl(string url) => Guard(() =>
    {
        using var command = Command(
            $"SELECT {RecordColumns} FROM newsingest.articles a WHERE a.url = @url ORDER BY a.fetched DESC NULLS LAST, a.id DESC LIMIT 1");
        Bind(command, "url", url);
        return Records(command, withSearchColumns: false).FirstOrDefault();
    });

    /// <inheritdoc/>
    /// <remarks>The query is translated as <see cref="Search"/> translates it; matching is the tsvector's, the order is by id.</remarks>
    public IEnumerable<ArticleRecord> Export(ArticleFilter filter, string? query)
    {
        var tsquery = query is null ? null : TsQuery.From(SearchQueryParser.Parse(query));
        return Guarded(ExportRows(filter, tsquery));
    }

    private IEnumerable<ArticleRecord> ExportRows(ArticleFilter filter, string? tsquery)
    {
        using var command = Command("");
        var where = FilterSql(filter, command);
        if (tsquery is not null)
        {
            where += " AND a.search @@ to_tsquery('simple', @query)";
            Bind(command, "query", tsquery);
        }

        command.CommandText = $"SELECT {RecordColumns} FROM newsingest.articles a WHERE true{where} ORDER BY a.id{Limit(filter, command)}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return RecordReader.Read(reader, withSearchColumns: false);
        }
    }

    /// <summary>Counts of the whole store: articles, duplicates, clusters, failures, by source and by month.</summary>
    public StoreStats Stats() => Guard(() => new StoreStats
    {
        Articles = Count("SELECT count(*) FROM newsingest.articles"),
        Duplicates = Count("SELECT count(*) FROM newsingest.articles WHERE duplicate_of IS NOT NULL"),
        Clusters = Count("SELECT count(DISTINCT duplicate_of) FROM newsingest.articles WHERE duplicate_of IS NOT NULL"),
        // A WARC file's row is marked failed so the next run reads it again; its failed records are counted already.
        // Paths compare byte by byte (COLLATE "C"): the range is the file's own records.
        FailedFiles = Count(
            $"SELECT count(*) FROM newsingest.files f WHERE status = '{FileStatus.Failed}' AND NOT EXISTS (SELECT 1 FROM newsingest.files r " +
            $"WHERE r.path > f.path || '#' AND r.path < f.path || '$' AND r.status = '{FileStatus.Failed}')"),
        Runs = Count("SELECT count(*) FROM newsingest.runs"),
        // Sources compare as SQLite's NOCASE does: ASCII letters folded, nothing else.
        BySource = Counts(
            "SELECT min(source), count(*) FROM newsingest.articles GROUP BY translate(source, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') " +
            "ORDER BY min(source) IS NULL, count(*) DESC, translate(min(source), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"),
        ByMonth = Counts(
            "SELECT month, count(*) FROM (SELECT CASE WHEN length(published) = 4 THEN published " +
            "ELSE substr(published, 1, 7) END AS month FROM newsingest.articles) m GROUP BY month ORDER BY month IS NULL, month"),
    });

    /// <summary>Every cluster with at least one duplicate, ordered by canonical id; members by id.</summary>
    public IReadOnlyList<ClusterRow> ListClusters() => Guard(() =>
    {
        using var command = Command(
            "SELECT a.id, a.path, a.title, a.word_count, a.duplicate_kind, a.similarity, a.duplicate_reason, " +
            "coalesce(a.duplicate_of, a.id) AS canonical FROM newsingest.articles a " +
            "WHERE a.duplicate_of IS NOT NULL OR a.id IN (SELECT duplicate_of FROM newsingest.articles WHERE duplicate_of IS NOT NULL) " +
            "ORDER BY canonical, a.duplicate_of IS NOT NULL, a.id");
        using var reader = command.ExecuteReader();
        return ClusterRowsReader.Read(reader);
    });

    /// <summary>The id of the article with this id (as text) or this path, or null.</summary>
    public long? ResolveArticle(string idOrPath) => Guard<long?>(() =>
    {
        using var command = Command(
            "SELECT id FROM newsingest.articles WHERE path = @path OR id::text = @path ORDER BY path = @path DESC LIMIT 1");
        Bind(command, "path", idOrPath);
        return command.ExecuteScalar() is long id ? id : null;
    });

    /// <summary>An article's path, body and stored duplicate link, for <c>dups explain</c>.</summary>
    public (string Path, string Body, long? DuplicateOf) LoadForExplain(long id) => Guard<(string, string, long?)>(() =>
    {
        using var command = Command("SELECT path, body, duplicate_of FROM newsingest.articles WHERE id = @id");
        Bind(command, "id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new StoreException($"no article {id} in {Location}");
        }

        return (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
    });

    /// <summary>The thresholds of the latest run (the ones the stored links were made with), else the defaults.</summary>
    public DedupOptions LoadDedupOptions() => Guard(() =>
        Scalar("SELECT options FROM newsingest.runs ORDER BY id DESC LIMIT 1") is string json
            ? RecordedRunOptions.Parse(json).ToDedupOptions()
            : DedupOptions.Default);

    /// <summary>The filter's terms, each starting with AND, their parameters bound on <paramref name="command"/>.</summary>
    private static string FilterSql(ArticleFilter filter, NpgsqlCommand command)
    {
        var where = new System.Text.StringBuilder();
        if (!filter.IncludeDuplicates)
        {
            where.Append(" AND a.duplicate_of IS NULL");
        }

        if (filter.Since is { } since)
        {
            var day = DateBound.Lower(since) ?? throw new ArgumentException($"not a year, month or day: {since}", nameof(filter));
            where.Append($" AND a.published IS NOT NULL AND ({DateBound.PublishedStartSql}) >= @since");
            Bind(command, "since", day);
        }

        if (filter.Until is { } until)
        {
            var day = DateBound.Upper(until) ?? throw new ArgumentException($"not a year, month or day: {until}", nameof(filter));
            where.Append($" AND a.published IS NOT NULL AND ({DateBound.PublishedEndSql}) <= @until");
            Bind(command, "until", day);
        }

        if (filter.Source is { } source)
        {
            where.Append(" AND a.source ~* @source");
            Bind(command, "source", WholeWordsPattern(source));
        }

        if (filter.Author is { } author)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM json_array_elements_text(a.authors::json) AS w(name) WHERE w.name ~* @author)");
            Bind(command, "author", WholeWordsPattern(author));
        }

        if (filter.Path is { } path)
        {
            // path is COLLATE "C": the ranges are byte ranges, answered from the path index.
            var scope = PathScope.Of(path);
            where.Append(" AND (a.path = @path OR (a.path >= @folderFrom AND a.path < @folderTo) OR (a.path >= @pagesFrom AND a.path < @pagesTo))");
            Bind(command, "path", scope.Exact);
            Bind(command, "folderFrom", scope.FolderFrom);
            Bind(command, "folderTo", scope.FolderTo);
            Bind(command, "pagesFrom", scope.PagesFrom);
            Bind(command, "pagesTo", scope.PagesTo);
        }

        return where.ToString();
    }

    /// <summary>
    /// The pattern that finds the words of <paramref name="needle"/> next to each other as whole words, in any case:
    /// what <see cref="WholeWords.Contains"/> decides on SQLite. Words hold only letters and digits, so none needs
    /// escaping; a needle with no word at all matches nothing (a letter after the end of the text).
    /// </summary>
    private static string WholeWordsPattern(string needle)
    {
        var words = WholeWords.Words(needle);
        return words.Count == 0
            ? "$a"
            : $"(^|[^[:alnum:]]){string.Join("[^[:alnum:]]+", words)}([^[:alnum:]]|$)";
    }

    private static string Limit(ArticleFilter filter, NpgsqlCommand command)
    {
        if (filter.Limit is not { } limit)
        {
            return "";
        }

        Bind(command, "limit", Math.Max(0, limit));
        return " LIMIT @limit";
    }

    private static List<ArticleRecord> Records(NpgsqlCommand command, bool withSearchColumns)
    {
        using var reader = command.ExecuteReader();
        var result = new List<ArticleRecord>();
        while (reader.Read())
        {
            result.Add(RecordReader.Read(reader, withSearchColumns));
        }

        return result;
    }

    private List<CountBy> Counts(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var result = new List<CountBy>();
        while (reader.Read())
        {
            result.Add(new CountBy(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1)));
        }

        return result;
    }
}
