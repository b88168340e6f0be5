using NewsIngest.Storage.Queries;

namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// The WHERE terms of an <see cref="ArticleFilter"/>, each starting with AND, with their parameters. Terms on dates,
/// source and authors read the <c>articles a</c> row; those columns come before the body, so SQLite reads them from
/// the row's first page. <c>duplicate_of</c> comes after the body: reading it from the row would walk the body's
/// overflow pages, so duplicates are left out through the small <c>articles_duplicate_of</c> index instead.
/// </summary>
internal static class ArticleFilterSql
{
    /// <summary>
    /// The SQL function every connection of the store registers: <see cref="Core.Text.WholeWords.Contains"/>, so
    /// <c>--source BBC</c> finds "BBC News" in any script's case.
    /// </summary>
    public const string WordsFunction = "newsingest_words";

    public static void Register(Microsoft.Data.Sqlite.SqliteConnection connection) =>
        connection.CreateFunction<string?, string?, bool>(WordsFunction, Core.Text.WholeWords.Contains, isDeterministic: true);

    /// <param name="filter">The filter.</param>
    /// <param name="id">SQL for the article id of the row being filtered (the FTS rowid in a search).</param>
    /// <returns>The terms; <c>NeedsRow</c> when they read the <c>articles a</c> row.</returns>
    /// <exception cref="ArgumentException">A date bound is not a year, month or day.</exception>
    public static (string Where, bool NeedsRow, IReadOnlyList<(string Name, object Value)> Parameters) Build(ArticleFilter filter, string id)
    {
        var where = new System.Text.StringBuilder();
        var parameters = new List<(string, object)>();
        if (!filter.IncludeDuplicates)
        {
            where.Append($" AND {id} NOT IN (SELECT d.id FROM articles d WHERE d.duplicate_of IS NOT NULL)");
        }

        if (filter.Since is { } since)
        {
            var day = DateBound.Lower(since) ?? throw new ArgumentException($"not a year, month or day: {since}", nameof(filter));
            where.Append($" AND a.published IS NOT NULL AND ({DateBound.PublishedStartSql}) >= $since");
            parameters.Add(("$since", day));
        }

        if (filter.Until is { } until)
        {
            var day = DateBound.Upper(until) ?? throw new ArgumentException($"not a year, month or day: {until}", nameof(filter));
            where.Append($" AND a.published IS NOT NULL AND ({DateBound.PublishedEndSql}) <= $until");
            parameters.Add(("$until", day));
        }

        if (filter.Source is { } source)
        {
            where.Append($" AND {WordsFunction}(a.source, $source)");
            parameters.Add(("$source", source));
        }

        if (filter.Author is { } author)
        {
            where.Append($" AND EXISTS (SELECT 1 FROM json_each(a.authors) WHERE {WordsFunction}(json_each.value, $author))");
            parameters.Add(("$author", author));
        }

        if (filter.Path is { } path)
        {
            var scope = PathScope.Of(path);
            where.Append(" AND (a.path = $path OR (a.path >= $folderFrom AND a.path < $folderTo) OR (a.path >= $pagesFrom AND a.path < $pagesTo))");
            parameters.AddRange([("$path", scope.Exact), ("$folderFrom", scope.FolderFrom), ("$folderTo", scope.FolderTo), ("$pagesFrom", scope.PagesFrom), ("$pagesTo", scope.PagesTo)]);
        }

        var needsRow = filter.Since is not null || filter.Until is not null || filter.Source is not null || filter.Author is not null || filter.Path is not null;
        return (where.ToString(), needsRow, parameters);
    }
}
