using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using NewsIngest.Core.Dedup;
using NewsIngest.Core.Html;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Validation;
using NewsIngest.Storage;

namespace NewsIngest.Ingestion;

/// <summary>
/// Runs an ingest: list files, skip the unchanged ones, read and parse the rest on <see cref="IngestOptions.Jobs"/>
/// workers, and write them from one thread in batches, one transaction each. Batches are parsed in parallel but
/// written in listing order, so ids and clusters do not depend on thread timing. A cancelled run commits the batch
/// it is writing and stops; the next run picks up what is left (unchanged files are skipped).
/// </summary>
public sealed partial class IngestRunner(ArticlePipeline pipeline, IngestOptions options, IIngestObserver observer)
{
    private readonly DedupOptions _dedup = DedupOptions.Default with { Near = options.Near, Containment = options.Containment };
    private long _parseTicks;

    /// <summary>Keys recomputed at a time by a key recovery (see <see cref="DuplicateDetector.Recover"/>); tests lower it.</summary>
    internal int KeyFlushRows { get; init; } = DuplicateDetector.RecoveryRowsPerWrite;

    public IngestSummary Run(IReadOnlyList<string> roots, IArticleStore store, string version, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var listing = ArticleFileWalker.List(roots, new WalkOptions { FollowLinks = options.FollowLinks, NotCounted = options.NotCounted });
        // One file, one row, however its path was typed: every path is stored in its absolute form.
        var files = listing.Files.Select(PathForms.Absolute).Distinct(StringComparer.Ordinal).ToList();
        store.CloseAbandonedRuns();
        store.PrepareForBulkWrite();
        var known = store.LoadFiles();
        var respelled = PathForms.Respelled(known.Keys, new HashSet<string>(files, StringComparer.Ordinal));
        if (respelled.Count > 0)
        {
            // A store written before paths were made absolute may hold a file under several spellings: one row each now.
            store.Begin();
            var folded = store.MergePathSpellings(respelled);
            store.Commit();
            observer.PathsRepaired(respelled.Count, folded);
            known = store.LoadFiles();
        }

        // Before the run is recorded: the index compares its keys' settings with those of the last run before this one.
        DuplicateDetector.Recover(store.Duplicates, _dedup, observer.RecomputingKeys, KeyFlushRows, cancellation);
        var runId = store.StartRun(JsonSerializer.Serialize(options, IngestJsonContext.Default.IngestOptions), version, DateTimeOffset.UtcNow);
        var counter = new RunCounter { FilesSeen = files.Count, Failed = listing.Unreadable.Count };
        foreach (var folder in listing.Unreadable)
        {
            observer.FileFailed(folder.Path, folder.Reason);
        }

        var batches = Channel.CreateBounded<IngestItem[]>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var workers = new WorkerThreads(options.Jobs);
        // The producer has a thread of its own, so that it lists (and reads WARC records for) the next batch while the
        // workers parse the one before.
        var producer = Task.Factory.StartNew(
            () => Produce(files, known, batches.Writer, workers, stop.Token), CancellationToken.None, TaskCreationOptions.DenyChildAttach | TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var timings = new StageTimings();
        var deduplicator = new DuplicateDetector(store.Duplicates, _dedup);
        var writer = new BatchWriter(store, runId, observer, counter, deduplicator, timings, Math.Max(1, options.CommitEvery));
        var done = 0;
        try
        {
            foreach (var batch in batches.Reader.ReadAllAsync(CancellationToken.None).ToBlockingEnumerable(CancellationToken.None))
            {
                writer.Write(batch);
                done += batch.Count(item => !item.Page);
                observer.Progress(done, files.Count);
                if (cancellation.IsCancellationRequested)
                {
                    // Stop at once, leaving parsed batches unwritten: the next run reads those files again.
                    break;
                }
            }

            // Interrupted, the keys held in memory are not written (that can take seconds): the articles stay listed
            // as lacking keys, and the next run recomputes them, as after a crash.
            writer.Finish(flushKeys: done == files.Count || !cancellation.IsCancellationRequested);
        }
        catch
        {
            // A failed write (disk full, locked, corrupt): stop the readers, record the run as failed if the store
            // still takes writes, and let the caller report it. The failed batch was rolled back whole.
            stop.Cancel();
            while (batches.Reader.TryRead(out _))
            {
            }

            producer.Wait(CancellationToken.None);
            TryFinish(store, runId, counter.ToCounts(), "failed");
            throw;
        }

        producer.GetAwaiter().GetResult();
        var interrupted = cancellation.IsCancellationRequested && done < files.Count;
        counter.Duplicates = deduplicator.LinkedThisRun;
        var counts = counter.ToCounts();
        store.FinishRun(runId, counts, interrupted ? "interrupted" : "completed", DateTimeOffset.UtcNow);
        timings.Parse = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _parseTicks));
        return new IngestSummary(runId, counts, interrupted, clock.Elapsed, files.Count - done) { Timings = timings, SkippedLinks = listing.SkippedLinks, OtherFiles = listing.OtherFiles };
    }

    private static void TryFinish(IArticleStore store, long runId, RunCounts counts, string status)
    {
        try
        {
            store.FinishRun(runId, counts, status, DateTimeOffset.UtcNow);
        }
        catch (StoreException)
        {
            // The store refuses writes altogether (disk full): the run row stays 'running' and the next run marks it.
        }
    }

    // A batch holds up to BatchSize units of work: a file to read and parse, or a page the producer has read out of a
    // WARC file (records are read in file order, one file open at a time, and parsed in parallel like files). The
    // producer gathers the next batch while the workers parse the last one: for a WARC file, reading the records
    // (inflating each gzip member, splitting off its header) would otherwise leave the workers idle. One batch is
    // parsed at a time, and handed to the writer in order; blocking a worker while the writer catches up costs nothing.
    private void Produce(List<string> files, IReadOnlyDictionary<string, StoredFile> known, ChannelWriter<IngestItem[]> output, WorkerThreads workers, CancellationToken cancellation)
    {
        var parsing = Task.CompletedTask;
        try
        {
            WorkerThreads.LowerPriority();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers.MaximumConcurrencyLevel, TaskScheduler = workers, CancellationToken = cancellation };
            var units = new List<Func<IngestItem>>(options.BatchSize);
            void Flush()
            {
                var batchUnits = units.ToArray();
                units.Clear();
                // The batch before is parsed and with the writer (or failed: its exception ends the run here).
                parsing.GetAwaiter().GetResult();
                parsing = Task.Factory.StartNew(
                    () =>
                    {
                        var batch = new IngestItem[batchUnits.Length];
                        Parallel.For(0, batch.Length, parallel, i =>
                        {
                            var begin = Stopwatch.GetTimestamp();
                            batch[i] = batchUnits[i]();
                            Interlocked.Add(ref _parseTicks, Stopwatch.GetTimestamp() - begin);
                        });
                        output.WriteAsync(batch, cancellation).AsTask().GetAwaiter().GetResult();
                    },
                    cancellation,
                    TaskCreationOptions.DenyChildAttach,
                    workers);
            }

            foreach (var path in files)
            {
                if (cancellation.IsCancellationRequested)
                {
                    break;
                }

                if (WarcFile.IsWarc(path))
                {
                    foreach (var unit in WarcUnits(path, known))
                    {
                        units.Add(unit);
                        if (units.Count >= options.BatchSize)
                        {
                            Flush();
                        }

                        if (cancellation.IsCancellationRequested)
                        {
                            break;
                        }
                    }
                }
                else
                {
                    units.Add(() => Prepare(path, known));
                }

                if (units.Count >= options.BatchSize)
                {
                    Flush();
                }
            }

            if (units.Count > 0 && !cancellation.IsCancellationRequested)
            {
                Flush();
            }

            parsing.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Stopped by a failed writer, or by the user between batches.
        }
        finally
        {
            // However the loop ended, the batch in flight is done before the writer is told there are no more.
            try
            {
                parsing.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Its failure was rethrown above, or the loop had already failed (or was stopped) for its own reason.
            }

            output.Complete();
        }
    }

    private IngestItem Prepare(string path, IReadOnlyDictionary<string, StoredFile> known)
    {
        var look = ArticleFileReader.Look(path);
        if (look.Problem is not null && look.ModifiedUtc.Length == 0)
        {
            return new IngestItem(path, 0, "") { Error = look.Problem };
        }

        known.TryGetValue(path, out var previous);
        var item = new IngestItem(path, look.Size, look.ModifiedUtc) { Known = previous is not null };
        if (look.Problem is null && previous is { Status: FileStatus.Stored } && previous.Size == look.Size && previous.ModifiedUtc == look.ModifiedUtc)
        {
            return item with { Unchanged = true, Sha256 = previous.Sha256 };
        }

        var read = ArticleFileReader.Read(look, options.MaxFileSize);
        if (read.Bytes is not { } bytes)
        {
            return item with { Error = read.Problem };
        }

        var outcome = pipeline.Parse(path, bytes);
        if (previous is { Status: FileStatus.Stored } && previous.Sha256 == outcome.Sha256)
        {
            // Touched but not changed: only the modification time needs recording.
            return item with { Unchanged = true, Sha256 = outcome.Sha256, Size = bytes.Length };
        }

        return WithOutcome(item, outcome, bytes.Length, () => GzipInput.IsPage(path, bytes));
    }

    /// <param name="item">The file or page.</param>
    /// <param name="outcome">Its parse.</param>
    /// <param name="size">Its size in bytes.</param>
    /// <param name="isHtml">Whether it is a web page, asked only when there is advice to give.</param>
    private IngestItem WithOutcome(IngestItem item, ParseOutcome outcome, long size, Func<bool> isHtml)
    {
        if (outcome is ParseOutcome.Success { Article.WordCount: 0 })
        {
            // validate calls this NI004, an error: a file with no body text is a failed file here too, not an
            // article of 0 words that no search can find. The advice is validate's: a page saved before its
            // scripts filled it in holds only its title and navigation.
            return item with { Sha256 = outcome.Sha256, Size = size, Error = NoBodyReason(isHtml()) };
        }

        if (outcome is ParseOutcome.Success success)
        {
            var fingerprint = Fingerprinter.Compute(success.Article.Body, _dedup, out var document, success.Article.Published);
            return item with
            {
                Outcome = outcome,
                Sha256 = outcome.Sha256,
                Size = size,
                Fingerprint = fingerprint,
                Document = document,
                WordCount = success.Article.WordCount,
            };
        }

        return item with { Outcome = outcome, Sha256 = outcome.Sha256, Size = size };
    }

    /// <summary>Why a file whose body is empty once headers and boilerplate are gone is not stored, and what to do (validate's NI004).</summary>
    internal static string NoBodyReason(bool html) =>
        $"{ValidationRules.NoBody.Meaning}: {ValidationRules.NoBody.FixFor(html)} (validate calls this {ValidationRules.NoBody.Code})";
}
