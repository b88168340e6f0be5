using NewsIngest.Core.Dedup;

namespace NewsIngest.Storage.Ingestion;

/// <summary>
/// Links the articles of each written batch into their duplicate clusters, inside the batch's transaction.
/// Candidates come from the keys stored by earlier batches and runs (one look-up per batch) and from the batch
/// itself; every candidate is confirmed on the real shingle sets, confirmed pairs are stored, and the clusters
/// around the batch are rebuilt from the stored pairs (transitive, canonical = most complete).
/// </summary>
internal sealed class StoreDeduplicator(SqliteArticleStore store, DedupOptions options)
{
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
        var stored = keys.Count == 0 ? [] : store.LookupKeys(keys, PerKeyLimit);
        var inBatch = new Dictionary<ulong, List<long>>();
        var batchIds = batch.Select(a => a.Id).ToHashSet();
        var rows = new List<(ulong Key, long Id)>(keys.Count);
        foreach (var article in batch)
        {
            foreach (var candidate in Candidates(article, stored, inBatch, batchIds))
            {
                if (DuplicateJudge.Judge(article.Document, Document(candidate), options).IsDuplicate)
                {
                    store.SavePair(article.Id, candidate);
                    touched.Add(article.Id);
                }
            }

            foreach (var key in SqliteArticleStore.StoredKeys(article.Fingerprint))
            {
                if (!inBatch.TryGetValue(key, out var ids))
                {
                    ids = [];
                    inBatch[key] = ids;
                }

                // A key already held by PerKeyLimit articles is not stored again: look-ups never need more, and
                // boilerplate keys shared by a whole site no longer grow with it.
                var held = ids.Count + (stored.TryGetValue(key, out var storedIds) ? storedIds.Count : 0);
                if (held < PerKeyLimit)
                {
                    ids.Add(article.Id);
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

        store.SaveKeys(rows);
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

    private static SortedSet<long> Candidates(
        WrittenArticle article, Dictionary<ulong, List<long>> stored, Dictionary<ulong, List<long>> inBatch, HashSet<long> batchIds)
    {
        var candidates = new SortedSet<long>();
        foreach (var key in SqliteArticleStore.StoredKeys(article.Fingerprint))
        {
            // Stored ids of this batch's own articles were removed above only for replaced articles; skip them here
            // and take this batch's ids from the in-batch postings, which hold only the articles before this one.
            if (stored.TryGetValue(key, out var ids))
            {
                candidates.UnionWith(ids.Where(id => !batchIds.Contains(id)));
            }

            if (inBatch.TryGetValue(key, out var earlier))
            {
                candidates.UnionWith(earlier);
            }
        }

        candidates.Remove(article.Id);
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
