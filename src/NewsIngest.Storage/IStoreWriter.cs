using NewsIngest.Core.Model;

namespace NewsIngest.Storage;

/// <summary>
/// The writing half of the store contract, as the ingest pipeline uses it: runs, files, articles and their
/// full-text entries, in transactions the caller opens and commits. Writes outside <see cref="Begin"/> /
/// <see cref="Commit"/> are refused (except <see cref="StartRun"/>, which commits itself when no transaction is open).
/// </summary>
public interface IStoreWriter
{
    /// <summary>Marks runs left 'running' by a process that died as 'interrupted'; call at the start of a run.</summary>
    void CloseAbandonedRuns();

    /// <summary>Tunes the store for a long bulk write (larger buffers, fewer checkpoints); lasts while it is open.</summary>
    void PrepareForBulkWrite();

    /// <summary>Every path the store has seen, for the incremental check at the start of a run.</summary>
    IReadOnlyDictionary<string, StoredFile> LoadFiles();

    /// <summary>Records a new run with its options (JSON) and the program version; returns its id.</summary>
    long StartRun(string optionsJson, string version, DateTimeOffset started);

    void FinishRun(long runId, RunCounts counts, string status, DateTimeOffset finished);

    /// <summary>Starts the transaction a batch of writes goes into; nothing is visible to readers until <see cref="Commit"/>.</summary>
    void Begin();

    void Commit();

    /// <summary>Undoes everything since <see cref="Begin"/>; safe to call when the engine already rolled back on its own.</summary>
    void Rollback();

    /// <summary>
    /// Inserts the article, or replaces the one stored for the same path in place (same id). A replaced article
    /// leaves the full-text index here; new and replaced articles enter it through <see cref="IndexArticles"/>.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="exactKey">Its exact-duplicate key, as hex.</param>
    /// <param name="runId">The run writing it.</param>
    /// <param name="wordCount">Its body's words when already counted.</param>
    /// <param name="mayExist">False when the caller knows no article is stored for the path: the look-up is skipped.</param>
    /// <returns>The article's id, whether it was new, and the body it replaced (null when new).</returns>
    (long Id, bool Inserted, string? PreviousBody) UpsertArticle(Article article, string? exactKey, long runId, int? wordCount = null, bool mayExist = true);

    /// <summary>
    /// <see cref="UpsertArticle"/> for each of <paramref name="articles"/>, in order, with the same results: a store
    /// whose every statement is a round trip to a server writes them in a few statements.
    /// </summary>
    IReadOnlyList<(long Id, bool Inserted, string? PreviousBody)> UpsertArticles(IReadOnlyList<ArticleWrite> articles, long runId) =>
        [.. articles.Select(a => UpsertArticle(a.Article, a.ExactKey, runId, a.WordCount, a.MayExist))];

    /// <summary>Adds articles to the full-text index; the ingest calls it once per transaction, just before the commit.</summary>
    void IndexArticles(IEnumerable<(long Id, string? Title, string Body)> articles);

    /// <summary>Records what became of a path in this run (<see cref="FileStatus"/>), with why it failed or its article.</summary>
    void UpsertFile(string path, long size, string modifiedUtc, string? sha256, string status, string? failure, long? articleId, long runId);

    /// <summary>
    /// Makes each file stored under several spellings of its path one article and one file row under its absolute
    /// path: the article kept is the canonical one among them (else the oldest), the others are removed with their
    /// index entries, and whatever pointed at them (duplicate links, pairs, file rows) points at the one kept. A file
    /// stored under one other spelling is only renamed. Inside <see cref="Begin"/>/<see cref="Commit"/>.
    /// </summary>
    /// <returns>How many article rows were folded into another.</returns>
    int MergePathSpellings(IReadOnlyList<PathSpellings> merges);

    /// <summary>Records a new modification time for a file whose content did not change.</summary>
    void TouchFile(string path, long size, string modifiedUtc, long runId);

    /// <summary>
    /// <see cref="UpsertFile"/> (or <see cref="TouchFile"/> for a <see cref="FileWrite.Touch"/>) for each of
    /// <paramref name="files"/>, in order, with the same result; the articles they name are written already.
    /// </summary>
    void WriteFiles(IReadOnlyList<FileWrite> files, long runId)
    {
        foreach (var file in files)
        {
            if (file.Touch)
            {
                TouchFile(file.Path, file.Size, file.ModifiedUtc, runId);
            }
            else
            {
                UpsertFile(file.Path, file.Size, file.ModifiedUtc, file.Sha256, file.Status, file.Failure, file.ArticleId, runId);
            }
        }
    }
}
