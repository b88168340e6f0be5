using System.Diagnostics;
using NewsIngest.Core.Pipeline;
using NewsIngest.Ingestion;
using NewsIngest.Storage;
using NewsIngest.Storage.Sqlite;

namespace NewsIngest.Benchmarks.Infrastructure;

/// <summary>The real ingest (the same <see cref="IngestRunner"/> the CLI runs) into a store file, timed.</summary>
public static class Ingest
{
    public static (IngestSummary Summary, TimeSpan Elapsed) Run(IReadOnlyList<string> roots, string db, int jobs = 0)
    {
        var observer = new CountingObserver();
        var options = new IngestOptions { Jobs = jobs > 0 ? jobs : Environment.ProcessorCount };
        var clock = Stopwatch.StartNew();
        IngestSummary summary;
        // Closing the store (the WAL checkpoint) is part of the cost a user waits for, so it is inside the clock.
        using (var store = SqliteArticleStore.Open(db, StoreMode.ReadWrite))
        {
            summary = new IngestRunner(new ArticlePipeline(), options, observer).Run(roots, store, "bench", CancellationToken.None);
        }

        clock.Stop();
        if (observer.Failed > 0)
        {
            Console.WriteLine($"note: {observer.Failed} files failed to ingest");
        }

        return (summary, clock.Elapsed);
    }

    public static long Bytes(IEnumerable<string> files) => files.Sum(f => new FileInfo(f).Length);
}
