namespace NewsIngest.Core.Dedup;

/// <summary>
/// The duplicate engine. Links the articles of each written batch into their duplicate clusters, inside the
/// batch's transaction. Candidates come from the keys indexed by earlier batches and runs (one look-up per batch)
/// and from the batch itself; every candidate is confirmed on the real shingle sets, confirmed pairs are saved, and
/// the clusters around the batch are rebuilt from the saved pairs (transitive, canonical = most complete).
/// Works over any <see cref="IDuplicateIndex"/>: a store's, or one in memory.
/// </summary>
public sealed class DuplicateDetector(IDuplicateIndex index, DedupOptions options)
{
    private readonly DedupOptions _options = Validated(options);

    // The postings of the batch being written: its articles' keys, for the articles after them. Reused batch to batch.
    private readonly PendingKeys _inBatch = new();

    private readonly Dictionary<long, DedupDocument> _documents = [];

    // Bodies of the stored candidates of the batch being written, read in one call; each is taken when first judged.
    private readonly Dictionary<long, string> _bodies = [];

    // Published dates of the stored articles met in the batch being written (candidates and cluster members).
    private readonly Dictionary<long, string?> _published = [];
    private readonly HashSet<long> _linked = [];

    /// <summary>Keys a recovery writes at a time: about 14,000 articles' keys, some 40 MB of memory.</summary>
    public const int RecoveryRowsPerWrite = 1_000_000;

    /// <summary>Articles this run left linked to a canonical: its own copies, and stored articles a new, more complete copy took over.</summary>
    public int LinkedThisRun => _linked.Count;

    public void AddBatch(IReadOnlyList<WrittenArticle> batch)
    {
        var touched = new SortedSet<long>();
        foreach (var article in batch.Where(a => a.PreviousBody is not null))
        {
            var previous = Fingerprinter.Compute(article.PreviousBody!, _options);
            touched.UnionWith(index.Forget(article.Id, previous.StoredKeys));
        }

        foreach (var article in batch)
        {
            _documents[article.Id] = article.Document;
        }

        var keys = batch.SelectMany(a => a.Fingerprint.StoredKeys).ToHashSet();
        var stored = Lookup(keys);
        var inBatch = _inBatch;
        inBatch.Clear();
        var batchIds = batch.Select(a => a.Id).ToHashSet();
        // Every stored article found under a key of the batch is a candidate of the batch article with that key, and
        // gets judged against it: read all their bodies at once rather than one by one.
        var others = stored.Values.SelectMany(ids => ids).Where(id => !batchIds.Contains(id) && !_documents.ContainsKey(id)).ToHashSet();
        foreach (var (id, body) in index.LoadBodies(others))
        {
            _bodies[id] = body;
        }

        Remember(others.Count == 0 ? [] : index.LoadMembers([.. others.Order()]));

        var rows = new List<(ulong Key, long Id)>(keys.Count);
        foreach (var article in batch)
        {
            var articleKeys = article.Fingerprint.StoredKeys.ToArray();
            foreach (var candidate in Candidates(article.Id, articleKeys, stored, inBatch, batchIds) ?? [])
            {
                if (DuplicateJudge.Judge(article.Document, Document(candidate), _options).IsDuplicate)
                {
                    index.SavePair(article.Id, candidate);
                    touched.Add(article.Id);
                }
            }

            foreach (var key in articleKeys)
            {
                // A key already held by MaxArticlesPerKey articles is not stored again: look-ups never need more, and
                // boilerplate keys shared by a whole site no longer grow with it.
                var held = inBatch.CountOf(key) + (stored.TryGetValue(key, out var storedIds) ? storedIds.Count : 0);
                if (held < _options.MaxArticlesPerKey)
                {
                    inBatch.Add(key, article.Id);
                    rows.Add((key, article.Id));
                }
            }

            index.SaveSignature(article.Id, article.Fingerprint);
            if (article.PreviousBody is not null)
            {
                // A replaced article may have lost the pairs that made it a duplicate: rebuild its cluster too.
                touched.Add(article.Id);
            }
        }

        index.AddKeys(batchIds, rows);
        var done = new HashSet<long>();
        foreach (var id in touched)
        {
            if (!done.Contains(id))
            {
                done.UnionWith(Recluster(id));
            }
        }

        _documents.Clear();
        _bodies.Clear();
        _published.Clear();
    }

    /// <summary>
    /// The indexed articles <paramref name="body"/> is a duplicate of, each with its verdict, in id order: found
    /// through the same candidate keys and per-key cap, and judged by the same rules, as an article of a batch, but
    /// nothing is recorded (what <c>validate --db</c> reports against a store it only reads).
    /// </summary>
    public IReadOnlyList<(long Id, DuplicateVerdict Verdict)> CopiesOf(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var fingerprint = Fingerprinter.Compute(body, _options, out var document);
        var keys = fingerprint.StoredKeys.ToArray();
        var stored = Lookup([.. keys]);
        _inBatch.Clear();
        var copies = new List<(long, DuplicateVerdict)>();
        foreach (var candidate in Candidates(null, keys, stored, _inBatch, []) ?? [])
        {
            if (DuplicateJudge.Judge(document, Document(candidate), _options) is { IsDuplicate: true } verdict)
            {
                copies.Add((candidate, verdict));
            }
        }

        _documents.Clear();
        return copies;
    }

    /// <summary>Lets the index write what it holds in memory; call inside the transaction of the last batch.</summary>
    public void Flush() => index.FlushKeys();

    /// <summary>
    /// Writes the keys of articles the index lists as lacking them: those a dead run stored without them (it was
    /// killed before it wrote its keys held in memory), and every article of an index whose key settings changed.
    /// Call before a run's detector is made. Fingerprints are computed in parallel; keys are written in sorted runs
    /// of up to <paramref name="rowsPerWrite"/> rows with at most <see cref="DedupOptions.MaxArticlesPerKey"/>
    /// articles per key, one transaction each, so a store of any size is re-keyed in a few passes over its key index
    /// and an interrupted recovery resumes where it stopped. A cancelled recovery writes what it has and stops.
    /// </summary>
    public static void Recover(
        IDuplicateIndex index, DedupOptions options, Action<int>? starting = null, int rowsPerWrite = RecoveryRowsPerWrite, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        options = Validated(options);
        var ids = index.ArticlesWithoutKeys(options.KeySettings).ToList();
        if (ids.Count > 0)
        {
            starting?.Invoke(ids.Count);
        }

        var done = 0;
        while (done < ids.Count && !cancellation.IsCancellationRequested)
        {
            var first = done;
            var rows = new List<(ulong Key, long Id)>();
            var held = new Dictionary<ulong, int>();
            while (done < ids.Count && rows.Count < rowsPerWrite && !cancellation.IsCancellationRequested)
            {
                var chunk = ids.GetRange(done, Math.Min(512, ids.Count - done));
                var bodies = chunk.Select(index.LoadBody).ToArray();
                var keys = new ulong[chunk.Count][];
                Parallel.For(0, chunk.Count, i => keys[i] = [.. Fingerprinter.Compute(bodies[i], options).StoredKeys.Distinct()]);
                var unseen = keys.SelectMany(k => k).Where(k => !held.ContainsKey(k)).ToHashSet();
                foreach (var (key, found) in index.LookupKeys(unseen, options.MaxArticlesPerKey))
                {
                    held[key] = found.Count;
                }

                for (var i = 0; i < chunk.Count; i++)
                {
                    foreach (var key in keys[i])
                    {
                        var count = held.GetValueOrDefault(key);
                        if (count < options.MaxArticlesPerKey)
                        {
                            rows.Add((key, chunk[i]));
                            held[key] = count + 1;
                        }
                    }
                }

                done += chunk.Count;
            }

            index.WriteRecoveredKeys(rows, ids.GetRange(first, done - first));
        }
    }

    /// <summary>Up to <see cref="DedupOptions.MaxArticlesPerKey"/> earlier articles per key.</summary>
    private IReadOnlyDictionary<ulong, List<long>> Lookup(HashSet<ulong> keys) => index.LookupKeys(keys, _options.MaxArticlesPerKey);

    /// <summary>The earlier articles sharing a key with this one (<paramref name="id"/>, when it has one yet), in id order; null when there are none.</summary>
    private static SortedSet<long>? Candidates(
        long? id, ulong[] keys, IReadOnlyDictionary<ulong, List<long>> stored, PendingKeys inBatch, HashSet<long> batchIds)
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

        if (id is { } self)
        {
            candidates?.Remove(self);
        }

        return candidates;
    }

    /// <summary>Rebuilds the cluster around <paramref name="id"/>; returns its members.</summary>
    private List<long> Recluster(long id)
    {
        var (members, pairs) = index.Component(id);
        if (members.Count == 1)
        {
            index.SetDuplicateLink(id, null);
            _linked.Remove(id);
            return members;
        }

        var loaded = index.LoadMembers(members);
        Remember(loaded);
        var clusters = ClusterBuilder.Build(pairs, loaded, (a, b) => DuplicateJudge.Judge(Document(a), Document(b), _options));
        var linked = new HashSet<long>();
        foreach (var cluster in clusters)
        {
            foreach (var link in cluster.Duplicates)
            {
                index.SetDuplicateLink(link.Id, link);
                linked.Add(link.Id);
                _linked.Add(link.Id);
            }
        }

        foreach (var member in members.Where(m => !linked.Contains(m)))
        {
            index.SetDuplicateLink(member, null);
            _linked.Remove(member);
        }

        return members;
    }

    private DedupDocument Document(long id)
    {
        if (!_documents.TryGetValue(id, out var document))
        {
            var published = _published.TryGetValue(id, out var known) ? known : index.LoadMember(id).Published;
            document = DedupDocument.Prepare(_bodies.Remove(id, out var body) ? body : index.LoadBody(id), _options, published);
            _documents[id] = document;
        }

        return document;
    }

    /// <summary>Keeps the published dates of loaded members, for the documents made of their stored bodies.</summary>
    private void Remember(IEnumerable<ClusterMember> members)
    {
        foreach (var member in members)
        {
            _published[member.Id] = member.Published;
        }
    }

    private static DedupOptions Validated(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options;
    }
}
