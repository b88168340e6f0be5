using System.Diagnostics;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Storage.Ingestion;

/// <summary>Writes one batch of prepared files in one transaction: articles, their index entries and file rows.</summary>
internal sealed class BatchWriter(SqliteArticleStore store, long runId, IIngestObserver observer, RunCounter counter, StoreDeduplicator deduplicator, StageTimings timings)
{
    public void Write(IReadOnlyList<IngestItem> batch)
    {
        store.Begin();
        try
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
            var linked = Stopwatch.GetTimestamp();
            store.IndexArticles([.. written.Select(a => a.Id)]);
            var indexed = Stopwatch.GetTimestamp();
            store.Commit();
            timings.Store += Stopwatch.GetElapsedTime(start, stored);
            timings.Dedup += Stopwatch.GetElapsedTime(stored, linked);
            timings.Index += Stopwatch.GetElapsedTime(linked, indexed);
            timings.Commit += Stopwatch.GetElapsedTime(indexed);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            store.Rollback();
            throw SqliteArticleStore.Translate(ex, store.Path);
        }
        catch
        {
            store.Rollback();
            throw;
        }

    }

    /// <summary>Writes what the deduplicator still holds in memory; the run's last write before it is closed.</summary>
    public void Finish()
    {
        var start = Stopwatch.GetTimestamp();
        store.Begin();
        try
        {
            deduplicator.Flush();
            store.Commit();
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            store.Rollback();
            throw SqliteArticleStore.Translate(ex, store.Path);
        }

        timings.Dedup += Stopwatch.GetElapsedTime(start);
    }

    private WrittenArticle? WriteOne(IngestItem item)
    {
        if (item.Unchanged)
        {
            counter.Unchanged++;
            store.TouchFile(item.Path, item.Size, item.ModifiedUtc, runId);
            return null;
        }

        switch (item.Outcome)
        {
            case ParseOutcome.Success success:
                var (id, inserted, previousBody) = store.UpsertArticle(success.Article, item.Fingerprint?.ExactKey.ToString("x16", System.Globalization.CultureInfo.InvariantCulture), runId);
                store.UpsertFile(item.Path, item.Size, item.ModifiedUtc, item.Sha256, FileStatus.Stored, null, id, runId);
                if (inserted)
                {
                    counter.New++;
                }
                else
                {
                    counter.Updated++;
                }

                return new WrittenArticle(id, previousBody, item.Fingerprint!, item.Document!);
            case ParseOutcome.Failure failure:
                Fail(item, failure.Reason);
                return null;
            default:
                Fail(item, item.Error ?? "unknown error");
                return null;
        }
    }

    private void Fail(IngestItem item, string reason)
    {
        counter.Failed++;
        observer.FileFailed(item.Path, reason);
        store.UpsertFile(item.Path, item.Size, item.ModifiedUtc, item.Sha256, FileStatus.Failed, reason, null, runId);
    }
}
