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
        var written = new List<WrittenArticle>();
        foreach (var item in batch)
        {
            if (WriteOne(item) is { } article)
            {
                written.Add(article);
            }
        }

        var stored = Stopwatch.GetTimestamp();
        deduplicator.AddBatch(written);
        timings.Store += Stopwatch.GetElapsedTime(start, stored);
        timings.Dedup += Stopwatch.GetElapsedTime(stored);
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

    private WrittenArticle? WriteOne(IngestItem item)
    {
        if (item.WarcRow)
        {
            WriteWarcRow(item);
            return null;
        }

        if (item.Unchanged)
        {
            counter.Unchanged++;
            store.TouchFile(item.Path, item.Size, item.ModifiedUtc, runId);
            return null;
        }

        switch (item.Outcome)
        {
            case ParseOutcome.Success success:
                var (id, inserted, previousBody) = store.UpsertArticle(success.Article, item.Fingerprint?.ExactKey.ToString("x16", System.Globalization.CultureInfo.InvariantCulture), runId, item.WordCount, item.Known);
                store.UpsertFile(item.Path, item.Size, item.ModifiedUtc, item.Sha256, FileStatus.Stored, null, id, runId);
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
                Fail(item, failure.Reason);
                return null;
            default:
                Fail(item, item.Error ?? "unknown error");
                return null;
        }
    }

    private void WriteWarcRow(IngestItem item)
    {
        counter.PassedOver += item.PassedOver;
        if (item.Unchanged)
        {
            counter.Unchanged += item.UnchangedPages;
            store.TouchFile(item.Path, item.Size, item.ModifiedUtc, runId);
        }
        else if (item.FileFailed)
        {
            Fail(item, item.Error ?? "the file could not be read");
        }
        else
        {
            // Broken records were counted and reported one by one; the file's row is marked so the next run reads it again.
            store.UpsertFile(item.Path, item.Size, item.ModifiedUtc, null, item.Error is null ? FileStatus.Stored : FileStatus.Failed, item.Error, null, runId);
        }
    }

    private void Fail(IngestItem item, string reason)
    {
        counter.Failed++;
        observer.FileFailed(item.Path, reason);
        store.UpsertFile(item.Path, item.Size, item.ModifiedUtc, item.Sha256, FileStatus.Failed, reason, null, runId);
    }
}
