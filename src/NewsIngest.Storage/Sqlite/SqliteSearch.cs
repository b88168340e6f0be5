using Microsoft.Data.Sqlite;
using NewsIngest.Core.Search;
using NewsIngest.Core.Serialization;
using NewsIngest.Core.Text;
using NewsIngest.Storage.Queries;
using static NewsIngest.Storage.Sqlite.SqliteReader;
using static NewsIngest.Storage.Sqlite.SqliteSession;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// Search: ranking, snippets and "did you mean". bm25 is computed for every match before the best are kept, and a
/// common word matches most of a large store (0.7 µs a match: 70 ms for 100,000). On a large store the id range is cut in two
/// halves ranked at once on two connections, each keeping its own best rows, and the two lists are merged: bm25
/// takes its statistics (document count, average length, matches per term) from the whole index whatever rows a
/// query visits, so every score, and so the result, is the one a single pass gives.
/// </summary>
internal sealed class SqliteSearch(SqliteSession session) : IDisposable
{
    /// <summary>Stores with fewer articles than this are ranked in one pass: a second connection is not worth it.</summary>
    internal const long ShardAbove = 20_000;

    /// <summary>Up to this many hits, each one's snippet is made by looking its row up; above, in one pass over the matches.</summary>
    internal const int LookUpSnippetsBelow = 256;

    private SqliteConnection? _second;

    // Whether the FTS5 vocabulary table "did you mean" reads is made on this connection.
    private bool _vocabulary;

    // The second connection's prepared commands: its own map, as the two halves are ranked on two threads.
    private readonly Dictionary<string, SqliteCommand> _secondCommands = new(StringComparer.Ordinal);

    /// <summary>How many parts the id range is ranked in: 1 or 2 (the default chooses by store size); tests and benchmarks set it.</summary>
    public int? SearchShards { get; set; }

    /// <summary>See <see cref="SqliteArticleStore.Search"/>.</summary>
    /// <remarks>The query is parsed by <see cref="SearchQueryParser"/> and sent to FTS5 with every term quoted (<see cref="Fts5Query"/>).</remarks>
    public IReadOnlyList<ArticleRecord> Search(string query, ArticleFilter filter, SnippetMarks marks) =>
        SearchNative(Fts5Query.From(SearchQueryParser.Parse(query)), filter, marks);

    /// <summary>See <see cref="SqliteArticleStore.CountMatches"/>.</summary>
    public long CountMatches(string query, ArticleFilter filter) => CountNative(Fts5Query.From(SearchQueryParser.Parse(query)), filter);

    /// <summary>See <see cref="SqliteArticleStore.SearchNative"/>.</summary>
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
            throw Translate(ex, session.Path);
        }
    }

    /// <summary>See <see cref="SqliteArticleStore.CountNative"/>.</summary>
    public long CountNative(string query, ArticleFilter filter)
    {
        var (where, needsRow, parameters) = ArticleFilterSql.Build(filter, "articles_fts.rowid");
        var join = needsRow ? " JOIN articles a INDEXED BY articles_filter ON a.id = articles_fts.rowid" : "";
        var command = session.Command($"SELECT count(*) FROM articles_fts{join} WHERE articles_fts MATCH $query{where}");
        Bind(command, "$query", query);
        BindAll(command, parameters, filter with { Limit = null });
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Quote(string query) => $"'{query}'";

    /// <summary>
    /// The query as one FTS5 phrase, ready to paste into a POSIX shell: its own double quotes dropped (a phrase of
    /// plain words is what was meant), single quotes escaped for the shell's single-quoted string.
    /// </summary>
    private static string Phrase(string query) =>
        $"\"{query.Replace("\"", "", StringComparison.Ordinal).Trim()}\"".Replace("'", "'\\''", StringComparison.Ordinal);

    private List<(long Id, double Score)> RankHits(string query, ArticleFilter filter)
    {
        var lastId = session.Scalar<long>("SELECT coalesce(max(id), 0) FROM articles");
        var shards = SearchShards ?? (lastId > ShardAbove ? 2 : 1);
        // Inside a write transaction a second connection would not see the writes: rank on this one.
        if (lastId < 2 || session.InTransaction)
        {
            shards = 1;
        }

        if (filter is { IncludeDuplicates: false, Since: null, Until: null, Source: null, Author: null, Limit: { } limit })
        {
            // The plain search hides duplicates. Checking that on every match costs a fifth of the ranking; ranking
            // every match and checking only the best few is exact when enough of those few are not duplicates, or
            // when there are no more matches. (Doing the same for dates and sources needs the share of articles that
            // pass, and counting it cost as much as it saved.)
            var everything = filter with { IncludeDuplicates = true, Limit = (limit * 2) + 64 };
            var candidates = Rank(query, everything, shards, lastId);
            var kept = Passing(candidates, filter);
            if (kept.Count >= limit || candidates.Count < everything.Limit)
            {
                return kept.Count > limit ? kept[..limit] : kept;
            }
        }

        return Rank(query, filter, shards, lastId);
    }

    private List<(long Id, double Score)> Rank(string query, ArticleFilter filter, int shards, long lastId)
    {
        if (shards == 1)
        {
            return RankRange(session.Command, query, filter, null);
        }

        var middle = lastId / 2;
        var upper = Task.Run(() => RankRange(SecondCommand, query, filter, (middle + 1, lastId)));
        var lower = RankRange(session.Command, query, filter, (0, middle));
        return Merge(lower, upper.GetAwaiter().GetResult(), filter.Limit);
    }

    /// <summary>The hits, in their order, that pass the filter's dates, source and duplicate terms.</summary>
    private List<(long Id, double Score)> Passing(List<(long Id, double Score)> hits, ArticleFilter filter)
    {
        if (hits.Count == 0)
        {
            return hits;
        }

        // The covering filter index holds every column these terms read, but a --path's: the rows' long bodies are
        // not read (a path term reads the path, on the row's first page).
        var (where, parameters) = IndexFilter(filter);
        var command = session.Command(
            "SELECT j.key FROM json_each($ids) AS j CROSS JOIN articles a INDEXED BY articles_filter ON a.id = j.value " +
            $"WHERE 1 = 1{where} ORDER BY j.key");
        Bind(command, "$ids", JsonIntegers(hits.Select(h => h.Id), hits.Count));
        BindAll(command, parameters, filter);
        using var reader = command.ExecuteReader();
        var kept = new List<(long Id, double Score)>(hits.Count);
        while (reader.Read())
        {
            kept.Add(hits[reader.GetInt32(0)]);
        }

        return kept;
    }

    /// <summary>The filter's terms on dates, source and duplicates, written for the covering index <c>articles_filter</c>.</summary>
    private static (string Where, IReadOnlyList<(string Name, object Value)> Parameters) IndexFilter(ArticleFilter filter)
    {
        var (where, _, parameters) = ArticleFilterSql.Build(filter with { IncludeDuplicates = true, Author = null }, "a.id");
        return (filter.IncludeDuplicates ? where : where + " AND a.duplicate_of IS NULL", parameters);
    }

    /// <summary>The best hits of one id range, by score then id, filtered and cut to the limit.</summary>
    private static List<(long Id, double Score)> RankRange(Func<string, SqliteCommand> command, string query, ArticleFilter filter, (long Low, long High)? range)
    {
        var (where, needsRow, parameters) = ArticleFilterSql.Build(filter, "articles_fts.rowid");
        // INDEXED BY: the planner would read each matching row through its primary key, walking past the body.
        var join = needsRow ? " JOIN articles a INDEXED BY articles_filter ON a.id = articles_fts.rowid" : "";
        var bounds = range is null ? "" : " AND articles_fts.rowid BETWEEN $low AND $high";
        var ranked = command(
            $"SELECT articles_fts.rowid, bm25(articles_fts, 10.0, 1.0) AS score FROM articles_fts{join} " +
            $"WHERE articles_fts MATCH $query{where}{bounds} ORDER BY score, articles_fts.rowid{LimitSql(filter)}");
        Bind(ranked, "$query", query);
        if (range is { } r)
        {
            Bind(ranked, "$low", r.Low);
            Bind(ranked, "$high", r.High);
        }

        BindAll(ranked, parameters, filter);
        using var reader = ranked.ExecuteReader();
        var hits = new List<(long Id, double Score)>();
        while (reader.Read())
        {
            hits.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return hits;
    }

    private static List<(long Id, double Score)> Merge(List<(long Id, double Score)> a, List<(long Id, double Score)> b, int? limit)
    {
        var merged = new List<(long Id, double Score)>(a.Count + b.Count);
        int i = 0, j = 0;
        while ((i < a.Count || j < b.Count) && (limit is null || merged.Count < limit))
        {
            var takeA = j == b.Count || (i < a.Count && (a[i].Score, a[i].Id).CompareTo((b[j].Score, b[j].Id)) <= 0);
            merged.Add(takeA ? a[i++] : b[j++]);
        }

        return merged;
    }

    /// <summary>The full rows and snippets of the kept hits, in their order.</summary>
    private List<ArticleRecord> SearchRows(string query, List<(long Id, double Score)> hits, SnippetMarks marks)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        // A snippet needs the match's positions in its row. Looked up one id at a time, FTS5 seeks the query's whole
        // doclist again for each (80 µs a row for a common phrase: 0.6 s for 7,000 rows); for many rows one pass over
        // the matches, keeping the listed ids (the + keeps SQLite from turning the IN list back into lookups), costs
        // what the plain join costs. The rows then come in id order and are put back in the ranking's.
        var many = hits.Count > LookUpSnippetsBelow;
        var command = session.Command(many
            ? $"SELECT {RecordColumns}, 0.0, snippet(s.articles_fts, 1, $open, $close, $ellipsis, $tokens) " +
              "FROM articles_fts s CROSS JOIN articles a ON a.id = s.rowid " +
              "WHERE s.articles_fts MATCH $query AND +s.rowid IN (SELECT value FROM json_each($ids))"
            : $"SELECT {RecordColumns}, 0.0, snippet(s.articles_fts, 1, $open, $close, $ellipsis, $tokens) " +
              "FROM json_each($ids) AS j CROSS JOIN articles a ON a.id = j.value CROSS JOIN articles_fts s ON s.rowid = j.value " +
              "WHERE s.articles_fts MATCH $query ORDER BY j.key");
        Bind(command, "$ids", JsonIntegers(hits.Select(h => h.Id), hits.Count));
        Bind(command, "$query", query);
        Bind(command, "$open", marks.Open);
        Bind(command, "$close", marks.Close);
        Bind(command, "$ellipsis", marks.Ellipsis);
        Bind(command, "$tokens", Math.Clamp(marks.Tokens, 1, 64));
        var rows = Records(command, withSearchColumns: true);
        if (many)
        {
            var byId = rows.ToDictionary(row => row.Id ?? 0);
            return [.. hits.Where(h => byId.ContainsKey(h.Id)).Select(h => byId[h.Id] with { Rank = h.Score })];
        }

        return [.. rows.Select((row, i) => row with { Rank = hits[i].Score })];
    }

    /// <summary>A prepared command on the second, read-only connection the upper half of a ranking runs on.</summary>
    private SqliteCommand SecondCommand(string sql)
    {
        if (_second is null)
        {
            var builder = new SqliteConnectionStringBuilder(session.ConnectionString) { Mode = SqliteOpenMode.ReadOnly };
            _second = new SqliteConnection(builder.ToString());
            _second.Open();
            ArticleFilterSql.Register(_second);
        }

        if (!_secondCommands.TryGetValue(sql, out var command))
        {
            command = _second.CreateCommand();
            command.CommandText = sql;
            _secondCommands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    /// <summary>
    /// The indexed word one edit away from <paramref name="word"/> that the most articles hold, or null when the word
    /// is itself indexed, is not a plain word of four or more letters, or has no such neighbour.
    /// </summary>
    public string? SuggestSpelling(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 4 || !w.All(char.IsLetter))
        {
            return null;
        }

        if (!_vocabulary)
        {
            // A temporary table: the store's file is not written, so this works on a read-only connection.
            session.Execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.newsingest_vocabulary USING fts5vocab(main, 'articles_fts', 'row')");
            _vocabulary = true;
        }

        var known = session.Command("SELECT 1 FROM temp.newsingest_vocabulary WHERE term = $term");
        Bind(known, "$term", w);
        if (known.ExecuteScalar() is not null)
        {
            return null;
        }

        var near = session.Command(
            "SELECT v.term FROM json_each($terms) AS j CROSS JOIN temp.newsingest_vocabulary v ON v.term = j.value " +
            "ORDER BY v.doc DESC, v.term LIMIT 1");
        // Letters only, so each variant is a JSON string as it is.
        Bind(near, "$terms", "[" + string.Join(',', EditDistance.Variants(w).Select(v => $"\"{v}\"")) + "]");
        return near.ExecuteScalar() as string;
    }

    /// <summary>Disposes the second connection and its prepared commands.</summary>
    public void Dispose()
    {
        foreach (var command in _secondCommands.Values)
        {
            command.Dispose();
        }

        _secondCommands.Clear();
        _second?.Dispose();
    }
}
