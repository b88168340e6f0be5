using NewsIngest.Core.Dedup;

namespace NewsIngest.Storage.Ingestion;

/// <summary>
/// Links the articles of each written batch into their duplicate clusters, inside the batch's transaction.
/// Candidates come from the keys stored by earlier batches and runs (one look-up per batch) and from the batch
/// itself; every candidate is confirmed on the real shingle sets, confirmed pairs are stored, and the clusters
/// around the batch are rebuilt from the stored pairs (transitive, canonical = most complete).
/// The run's own keys are held in memory (<see cref="PendingKeys"/>) and written in large sorted runs; the articles
/// whose keys are not written yet are listed in <c>dedup_unkeyed</c>, so a run that dies is completed by the next.
/// </summary>
internal sealed class StoreDeduplicator(SqliteArticleStore store, DedupOptions options, int flushRows = StoreDeduplicator.FlushRows)
{
    /// <summary>Pending rows at which they are written out: about 14,000 articles' keys, some 40 MB of memory.</summary>
    public const int FlushRows = 1_000_000;

    private readonly PendingKeys _pending = new();

    // The postings of the batch being written: its articles' keys, for the articles after them. Reused batch to batch.
    private readonly PendingKeys _inBatch = new();

    // When the store had no keys before this run, every stored key is one this run flushed: a filter over those
    // (made at the first flush) spares the index probes for all the rest.
    private readonly bool _storeHadKeys = store.HasDedupKeys();
    private KeyFilter? _flushed;

    /// <summary>
    /// Ids taken per key. A key shared by many articles is either boilerplate (every page of one site) or one story
    /// copied many times; either way a few of its lowest ids are enough, and the cost stays bounded.
    /// </summary>
    public const int PerKeyLimit = 8;

    private readonly Dictionary<long, DedupDocument> _documents = [];
    private readonly HashSet<long> _linked = [];

    /// <summary>Articles this run left linked to a canonical: its own copies, and stored articles a new, more complete copy took over.</summary>
    public int LinkedThisRun => _linked.Count;

    public void AddBatch(IReadOnlyList<WrittenArticle> batch)
    {
        var touched = new SortedSet<long>();
        foreach (var article in batch.Where(a => a.PreviousBody is not null))
        {
            var previous = Fingerprinter.Compute(article.PreviousBody!, options);
            touched.UnionWith(store.ForgetDedupState(article.Id, SqliteArticleStore.StoredKeys(previous)));
        }

        foreach (var article in batch)
        {
            _documents[article.Id] = article.Document;
        }

        var keys = batch.SelectMany(a => SqliteArticleStore.StoredKeys(a.Fingerprint)).ToHashSet();
        var stored = Lookup(keys);
        var inBatch = _inBatch;
        inBatch.Clear();
        var batchIds = batch.Select(a => a.Id).ToHashSet();
        var rows = new List<(ulong Key, long Id)>(keys.Count);
        foreach (var article in batch)
        {
            var articleKeys = SqliteArticleStore.StoredKeys(article.Fingerprint).ToArray();
            foreach (var candidate in Candidates(article.Id, articleKeys, stored, inBatch, batchIds) ?? [])
            {
                if (DuplicateJudge.Judge(article.Document, Document(candidate), options).IsDuplicate)
                {
                    store.SavePair(article.Id, candidate);
                    touched.Add(article.Id);
                }
            }

            foreach (var key in articleKeys)
            {
                // A key already held by PerKeyLimit articles is not stored again: look-ups never need more, and
                // boilerplate keys shared by a whole site no longer grow with it.
                var held = inBatch.CountOf(key) + (stored.TryGetValue(key, out var storedIds) ? storedIds.Count : 0);
                if (held < PerKeyLimit)
                {
                    inBatch.Add(key, article.Id);
                    rows.Add((key, article.Id));
                }
            }

            store.SaveSignature(article.Id, article.Fingerprint);
            if (article.PreviousBody is not null)
            {
                // A replaced article may have lost the pairs that made it a duplicate: rebuild its cluster too.
                touched.Add(article.Id);
            }
        }

        foreach (var (key, id) in rows)
        {
            _pending.Add(key, id);
        }

        store.MarkUnkeyed(batch.Select(a => a.Id));
        if (_pending.Count >= flushRows)
        {
            Flush();
        }

        var done = new HashSet<long>();
        foreach (var id in touched)
        {
            if (!done.Contains(id))
            {
                done.UnionWith(Recluster(id));
            }
        }

        _documents.Clear();
    }

    /// <summary>Writes the pending keys; call inside the transaction of the last batch or a transaction of its own.</summary>
    public void Flush()
    {
        var rows = _pending.Drain();
        store.SaveKeys(rows);
        store.ClearUnkeyed();
        if (!_storeHadKeys)
        {
            _flushed ??= new KeyFilter();
            foreach (var (key, _) in rows)
            {
                _flushed.Add(key);
            }
        }
    }

    /// <summary>
    /// Writes the keys of articles listed in <c>dedup_unkeyed</c>: those a dead run stored without them (it was killed
    /// before it wrote its pending keys), and every article of a store whose key scheme changed (a migration lists
    /// them all). Call before a run's deduplicator is made. Fingerprints are computed in parallel; keys are written
    /// like a run's own, in sorted runs of up to <paramref name="flushRows"/> rows with at most
    /// <see cref="PerKeyLimit"/> articles per key, one transaction each, so a store of any size is re-keyed in a few
    /// passes over its key index and an interrupted recovery resumes where it stopped.
    /// </summary>
    public static void Recover(SqliteArticleStore store, DedupOptions options, int flushRows = FlushRows, Action<int>? starting = null)
    {
        var ids = store.UnkeyedArticles();
        if (ids.Count > 0)
        {
            starting?.Invoke(ids.Count);
        }

        var done = 0;
        while (done < ids.Count)
        {
            var first = done;
            var rows = new List<(ulong Key, long Id)>();
            var held = new Dictionary<ulong, int>();
            while (done < ids.Count && rows.Count < flushRows)
            {
                var chunk = ids.GetRange(done, Math.Min(512, ids.Count - done));
                var bodies = chunk.Select(store.LoadBody).ToArray();
                var keys = new ulong[chunk.Count][];
                Parallel.For(0, chunk.Count, i => keys[i] = [.. SqliteArticleStore.StoredKeys(Fingerprinter.Compute(bodies[i], options)).Distinct()]);
                var unseen = keys.SelectMany(k => k).Where(k => !held.ContainsKey(k)).ToHashSet();
                foreach (var (key, found) in store.LookupKeys(unseen, PerKeyLimit))
                {
                    held[key] = found.Count;
                }

                for (var i = 0; i < chunk.Count; i++)
                {
                    foreach (var key in keys[i])
                    {
                        var count = held.GetValueOrDefault(key);
                        if (count < PerKeyLimit)
                        {
                            rows.Add((key, chunk[i]));
                            held[key] = count + 1;
                        }
                    }
                }

                done += chunk.Count;
            }

            store.Begin();
            store.SaveKeys(rows);
            store.ClearUnkeyed(ids.GetRange(first, done - first));
            store.Commit();
        }
    }

    /// <summary>Up to <see cref="PerKeyLimit"/> earlier articles per key: from the store, then from this run's pending keys.</summary>
    private Dictionary<ulong, List<long>> Lookup(HashSet<ulong> keys)
    {
        var probe = _storeHadKeys ? keys : _flushed is null ? [] : keys.Where(_flushed.MightContain).ToHashSet();
        var found = probe.Count == 0 ? [] : store.LookupKeys(probe, PerKeyLimit);
        if (_pending.Count == 0)
        {
            return found;
        }

        foreach (var key in keys)
        {
            _pending.CopyTo(key, found, PerKeyLimit);
        }

        return found;
    }

    /// <summary>The earlier articles sharing a key with this one, in id order; null when there are none.</summary>
    private static SortedSet<long>? Candidates(
        long id, ulong[] keys, Dictionary<ulong, List<long>> stored, PendingKeys inBatch, HashSet<long> batchIds)
    {
        // Most articles have no candidate at all: the set is made only for those that do.
        SortedSet<long>? candidates = null;
        var earlier = new List<long>();
        foreach (var key in keys)
        {
            // Stored ids of this batch's own articles were removed above only for replaced articles; skip them here
            // and take this batch's ids from the in-batch postings, which hold only the articles before this one.
            if (stored.TryGetValue(key, out var ids))
            {
                candidates ??= [];
                candidates.UnionWith(ids.Where(i => !batchIds.Contains(i)));
            }

            if (inBatch.Contains(key))
            {
                earlier.Clear();
                inBatch.CopyTo(key, earlier, int.MaxValue);
                candidates ??= [];
                candidates.UnionWith(earlier);
            }
        }

        candidates?.Remove(id);
        return candidates;
    }

    /// <summary>Rebuilds the cluster around <paramref name="id"/>; returns its members.</summary>
    private List<long> Recluster(long id)
    {
        var (members, pairs) = store.Component(id);
        if (members.Count == 1)
        {
            store.SetDuplicateLink(id, null);
            _linked.Remove(id);
            return members;
        }

        var clusters = ClusterBuilder.Build(pairs, members.Select(store.LoadMember), (a, b) => DuplicateJudge.Judge(Document(a), Document(b), options));
        var linked = new HashSet<long>();
        foreach (var cluster in clusters)
        {
            foreach (var link in cluster.Duplicates)
            {
                store.SetDuplicateLink(link.Id, link);
                linked.Add(link.Id);
                _linked.Add(link.Id);
            }
        }

        foreach (var member in members.Where(m => !linked.Contains(m)))
        {
            store.SetDuplicateLink(member, null);
            _linked.Remove(member);
        }

        return members;
    }

    private DedupDocument Document(long id)
    {
        if (!_documents.TryGetValue(id, out var document))
        {
            document = DedupDocument.Prepare(store.LoadBody(id), options);
            _documents[id] = document;
        }

        return document;
    }
}
