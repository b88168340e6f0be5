using NewsIngest.Core.Dedup;

namespace NewsIngest.Storage.Ingestion;

/// <summary>
/// Links each written article into its duplicate cluster, inside the writer's transaction: candidates come from the
/// stored keys (so copies of articles from earlier runs are found without rescanning), every candidate is confirmed
/// on the real shingle sets, confirmed pairs are stored, and the cluster around the article is rebuilt from them
/// (transitive, canonical = most complete). Bodies are prepared once per batch and cached for its duration.
/// </summary>
internal sealed class StoreDeduplicator(SqliteArticleStore store, DedupOptions options)
{
    private readonly Dictionary<long, DedupDocument> _documents = [];

    /// <summary>Candidate pairs judged so far.</summary>
    public long Judged { get; private set; }

    public void Add(long id, bool replacing, Fingerprint fingerprint, DedupDocument document)
    {
        var formerPartners = replacing ? store.ForgetDedupState(id) : [];
        _documents[id] = document;
        var keys = fingerprint.CandidateKeys.Length == 0 ? [] : fingerprint.CandidateKeys.Append(fingerprint.ExactKey).ToArray();
        foreach (var candidate in keys.Length == 0 ? [] : store.FindCandidates(keys))
        {
            if (candidate == id)
            {
                continue;
            }

            Judged++;
            if (DuplicateJudge.Judge(document, Document(candidate), options).IsDuplicate)
            {
                store.SavePair(id, candidate);
            }
        }

        store.SaveFingerprint(id, fingerprint);
        Recluster(id);
        foreach (var partner in formerPartners)
        {
            // The new version may no longer hold its old cluster together.
            Recluster(partner);
        }
    }

    /// <summary>Drops the cached bodies; called after each committed batch so memory stays bounded.</summary>
    public void EndBatch() => _documents.Clear();

    private void Recluster(long id)
    {
        var (members, pairs) = store.Component(id);
        if (members.Count == 1)
        {
            store.SetDuplicateLink(id, null);
            return;
        }

        var clusters = ClusterBuilder.Build(pairs, members.Select(store.LoadMember), (a, b) => DuplicateJudge.Judge(Document(a), Document(b), options));
        var linked = new HashSet<long>();
        foreach (var cluster in clusters)
        {
            foreach (var link in cluster.Duplicates)
            {
                store.SetDuplicateLink(link.Id, link);
                linked.Add(link.Id);
            }
        }

        foreach (var member in members.Where(m => !linked.Contains(m)))
        {
            store.SetDuplicateLink(member, null);
        }
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
