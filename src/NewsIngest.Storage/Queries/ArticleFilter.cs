namespace NewsIngest.Storage.Queries;

/// <summary>
/// What <c>search</c> and <c>list</c> keep. Every filter runs in SQL, so the limit is applied by SQLite and a large
/// store is never read into memory.
/// </summary>
public sealed record ArticleFilter
{
    /// <summary>Default number of rows of <c>search</c> and <c>list</c>.</summary>
    public const int DefaultLimit = 20;

    /// <summary>Every article, duplicates included, no limit: what <c>export</c> writes when given no filter.</summary>
    public static ArticleFilter Everything { get; } = new() { IncludeDuplicates = true, Limit = null };

    /// <summary>Earliest day kept, as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (see <see cref="DateBound"/>).</summary>
    public string? Since { get; init; }

    /// <summary>Latest day kept, inclusive, as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? Until { get; init; }

    /// <summary>Publisher, compared case-insensitively.</summary>
    public string? Source { get; init; }

    /// <summary>One author's exact name, compared case-insensitively.</summary>
    public string? Author { get; init; }

    /// <summary>
    /// A file, folder or web archive as stored (absolute): the article of that file, the articles of every file
    /// under that folder, the pages of that archive (stored as <c>PATH#record-id</c>).
    /// </summary>
    public string? Path { get; init; }

    /// <summary>Keep articles that are duplicates of another (hidden by default).</summary>
    public bool IncludeDuplicates { get; init; }

    /// <summary>Most rows returned; null for all.</summary>
    public int? Limit { get; init; } = DefaultLimit;
}
