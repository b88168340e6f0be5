namespace NewsIngest.Storage.Queries;

/// <summary>The WHERE terms of an <see cref="ArticleFilter"/> over the <c>articles a</c> alias, with their parameters.</summary>
internal static class ArticleFilterSql
{
    /// <exception cref="ArgumentException">A date bound is not a year, month or day.</exception>
    public static (string Where, IReadOnlyList<(string Name, object Value)> Parameters) Build(ArticleFilter filter)
    {
        var where = new System.Text.StringBuilder();
        var parameters = new List<(string, object)>();
        if (!filter.IncludeDuplicates)
        {
            where.Append(" AND a.duplicate_of IS NULL");
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
            where.Append(" AND a.source = $source COLLATE NOCASE");
            parameters.Add(("$source", source));
        }

        if (filter.Author is { } author)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM json_each(a.authors) WHERE json_each.value = $author COLLATE NOCASE)");
            parameters.Add(("$author", author));
        }

        return (where.ToString(), parameters);
    }
}
