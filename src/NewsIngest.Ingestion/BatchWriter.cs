using System.Diagnostics;
using NewsIngest.Core.Dedup;
using NewsIngest.Core.Pipeline;
using NewsIngest.Storage;

namespace NewsIngest.Ingestion;

/// <summary>
/// Writes batches of prepared files: articles, their index entries and file rows. A transaction holds whole batches
/// and is committed once it holds <see cref="IngestOptions.CommitEvery"/> files, and by <see cref="Finish"/>; a
/// failed write rolls back to the last commit, counts included. The transaction's articles enter the full-text
/// index together, just before the commit: FTS5 writes its pending terms out as a segment whenever a statement
/// opens a savepoint (an upsert does), so terms indexed batch by batch were cut into a segment per batch.
/// </summary>
internal sealed class BatchWriter(IArticleStore store, long runId, IIngestObserver observer, RunCounter counter, DuplicateDetector deduplicator, StageTimings timings, int commitEvery)
{
    private int _uncommitted;
    private RunCounts _committed = counter.ToCounts();
    private readonly List<(long Id, string? Title, string Body)> _toIndex = [];

    public void Write(IReadOnlyList<IngestItem> batch) => Guarded(() =>
    {
        var start = Stopwatch.GetTimestamp();
        // The batch's articles first, in one call (a server store writes them in a few statements), then each item's
        // counts and file row in order; the file rows go in one call too.
        var parsed = batch.Where(IsArticle).ToList();
        var stored = store.UpsertArticles(
            [.. parsed.Select(item => new ArticleWrite(((ParseOutcome.Success)item.Outcome!).Article, ExactKey(item), item.WordCount, item.Known))], runId);
        var results = new Queue<(long Id, bool Inserted, string? PreviousBody)>(stored);
        var written = new List<WrittenArticle>();
        var files = new List<FileWrite>(batch.Count);
        foreach (var item in batch)
        {
            if (WriteOne(item, IsArticle(item) ? results.Dequeue() : null, files) is { } article)
            {
                written.Add(article);
            }
        }

        store.WriteFiles(files, runId);
        var wrote = Stopwatch.GetTimestamp();
        deduplicator.AddBatch(written);
        timings.Store += Stopwatch.GetElapsedTime(start, wrote);
        timings.Dedup += Stopwatch.GetElapsedTime(wrote);
        _toIndex.AddRange(written.Select(a => (a.Id, a.Title, a.Body)));
        _uncommitted += batch.Count;
        if (_uncommitted >= commitEvery)
        {
            Commit();
        }
    });

    /// <summary>Writes what the deduplicator still holds in memory (unless told not to) and commits; the run's last write.</summary>
    public void Finish(bool flushKeys = true) => Guarded(() =>
    {
        var start = Stopwatch.GetTimestamp();
        if (flushKeys)
        {
            deduplicator.Flush();
        }

        timings.Dedup += Stopwatch.GetElapsedTime(start);
        Commit();
    });

    /// <summary>Runs a write inside the open transaction (starting one if needed); a failure rolls back to the last commit.</summary>
    private void Guarded(Action write)
    {
        store.Begin();
        try
        {
            write();
        }
        catch
        {
            RollBack();
            throw;
        }
    }

    private void Commit()
    {
        var start = Stopwatch.GetTimestamp();
        store.IndexArticles(_toIndex);
        _toIndex.Clear();
        var indexed = Stopwatch.GetTimestamp();
        store.Commit();
        timings.Index += Stopwatch.GetElapsedTime(start, indexed);
        timings.Commit += Stopwatch.GetElapsedTime(indexed);
        _uncommitted = 0;
        _committed = counter.ToCounts();
    }

    /// <summary>Undoes the writes since the last commit, and their counts: they will be redone by the next run.</summary>
    private void RollBack()
    {
        store.Rollback();
        _toIndex.Clear();
        _uncommitted = 0;
        counter.Restore(_committed);
    }

    /// <summary>Whether the item is a parsed article (which <see cref="IStoreWriter.UpsertArticles"/> writes).</summary>
    private static bool IsArticle(IngestItem item) => !item.WarcRow && !item.Unchanged && item.Outcome is ParseOutcome.Success;

    private static string? ExactKey(IngestItem item) => item.Fingerprint?.ExactKey.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Counts the item and adds its file row to <paramref name="files"/>; <paramref name="stored"/> is its article's upsert, for an article.</summary>
    private WrittenArticle? WriteOne(IngestItem item, (long Id, bool Inserted, string? PreviousBody)? stored, List<FileWrite> files)
    {
        if (item.WarcRow)
        {
            WriteWarcRow(item, files);
            return null;
        }

        if (item.Unchanged)
        {
            counter.Unchanged++;
            files.Add(Touched(item));
            return null;
        }

        switch (item.Outcome)
        {
            case ParseOutcome.Success success:
                var (id, inserted, previousBody) = stored!.Value;
                files.Add(new FileWrite(item.Path, item.Size, item.ModifiedUtc, item.Sha256, FileStatus.Stored, null, id));
                if (inserted)
                {
                    counter.New++;
                }
                else
                {
                    counter.Updated++;
                }

                return new WrittenArticle(id, previousBody, item.Fingerprint!, item.Document!) { Title = success.Article.Title, Body = success.Article.Body };
            case ParseOutcome.Failure failure:
                Fail(item, failure.Reason, files);
                return null;
            default:
                Fail(item, item.Error ?? "unknown error", files);
                return null;
        }
    }

    private void WriteWarcRow(IngestItem item, List<FileWrite> files)
    {
        counter.PassedOver += item.PassedOver;
        if (item.Unchanged)
        {
            counter.Unchanged += item.UnchangedPages;
            files.Add(Touched(item));
        }
        else if (item.FileFailed)
        {
            Fail(item, item.Error ?? "the file could not be read", files);
        }
        else
        {
            // Broken records were counted and reported one by one; the file's row is marked so the next run reads it again.
            files.Add(new FileWrite(item.Path, item.Size, item.ModifiedUtc, null, item.Error is null ? FileStatus.Stored : FileStatus.Failed, item.Error));
        }
    }

    private static FileWrite Touched(IngestItem item) => new(item.Path, item.Size, item.ModifiedUtc) { Touch = true };

    private void Fail(IngestItem item, string reason, List<FileWrite> files)
    {
        counter.Failed++;
        observer.FileFailed(item.Path, reason);
        files.Add(new FileWrite(item.Path, item.Size, item.ModifiedUtc, item.Sha256, FileStatus.Failed, reason));
    }
}
