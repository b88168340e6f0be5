using System.Runtime.InteropServices;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// A duplicate index held in memory, for <c>validate</c>, benchmarks and tests: the same <see cref="DuplicateDetector"/>
/// that a store's index serves decides every pair, with the same candidate keys, the same per-key cap and the same
/// re-clustering, so what is found here is what an ingest into a store finds. Register each article with
/// <see cref="Add"/> and hand what it returns to <see cref="DuplicateDetector.AddBatch"/>. Not thread-safe.
/// </summary>
public sealed class InMemoryDuplicateIndex : IDuplicateIndex
{
    private readonly Dictionary<long, (string Body, ClusterMember Member)> _articles = [];
    private readonly Dictionary<ulong, List<long>> _postings = [];
    private readonly Dictionary<long, SortedSet<long>> _partners = [];
    private readonly Dictionary<long, DuplicateLink> _links = [];

    /// <summary>Articles added at a time by <see cref="Detect"/>.</summary>
    public const int ArticlesPerBatch = 256;

    /// <summary>
    /// Runs the detector over <paramref name="articles"/> in the order given, <see cref="ArticlesPerBatch"/> at a
    /// time as ingest writes batches; returns the index holding their pairs and clusters.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was signalled (checked between batches).</exception>
    public static InMemoryDuplicateIndex Detect(
        IEnumerable<(string Body, ClusterMember Member)> articles, DedupOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= DedupOptions.Default;
        var index = new InMemoryDuplicateIndex();
        var detector = new DuplicateDetector(index, options);
        foreach (var chunk in articles.Chunk(ArticlesPerBatch))
        {
            cancellation.ThrowIfCancellationRequested();
            detector.AddBatch([.. chunk.Select(a => index.Add(a.Body, a.Member, options))]);
        }

        return index;
    }

    /// <summary>
    /// Registers an article (its body and what the canonical choice needs) and returns it fingerprinted, ready for
    /// <see cref="DuplicateDetector.AddBatch"/> with the same <paramref name="options"/> as the detector.
    /// </summary>
    public WrittenArticle Add(string body, ClusterMember member, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(member);
        if (!_articles.TryAdd(member.Id, (body, member)))
        {
            throw new ArgumentException($"Article {member.Id} was already added.", nameof(member));
        }

        var fingerprint = Fingerprinter.Compute(body, options, out var document, member.Published);
        return new WrittenArticle(member.Id, null, fingerprint, document) { Body = body };
    }

    /// <summary>Every cluster so far, by canonical id; each cluster's copies by id.</summary>
    public IReadOnlyList<DuplicateCluster> Clusters() =>
        [.. _links.Values.GroupBy(l => l.DuplicateOf).OrderBy(g => g.Key).Select(g => new DuplicateCluster(g.Key, [.. g.OrderBy(l => l.Id)]))];

    /// <summary>The articles <paramref name="id"/> was confirmed a duplicate of, or that were confirmed duplicates of it, lowest first.</summary>
    public IReadOnlyList<long> Partners(long id) => _partners.TryGetValue(id, out var partners) ? [.. partners] : [];

    /// <summary>Every confirmed pair, lower id first, in id order.</summary>
    public IReadOnlyList<(long A, long B)> Pairs() =>
        [.. _partners.OrderBy(p => p.Key).SelectMany(p => p.Value.Where(other => other > p.Key).Select(other => (p.Key, other)))];

    public IReadOnlyDictionary<ulong, List<long>> LookupKeys(IReadOnlyCollection<ulong> keys, int perKey)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<ulong, List<long>>();
        foreach (var key in keys)
        {
            if (_postings.TryGetValue(key, out var ids))
            {
                found[key] = [.. ids.Take(perKey)];
            }
        }

        return found;
    }

    public void AddKeys(IReadOnlyCollection<long> articles, List<(ulong Key, long Id)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var (key, id) in rows)
        {
            ref var ids = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, key, out _);
            ids ??= [];
            // Lowest first, as a store's key index answers.
            var at = ids.BinarySearch(id);
            if (at < 0)
            {
                ids.Insert(~at, id);
            }
        }
    }

    /// <summary>Nothing to write: every key is indexed as it is added.</summary>
    public void FlushKeys()
    {
    }

    /// <summary>Signatures are not kept: nothing here reads them back.</summary>
    public void SaveSignature(long id, Fingerprint fingerprint)
    {
    }

    public IReadOnlyList<long> Forget(long id, IEnumerable<ulong> previousKeys)
    {
        ArgumentNullException.ThrowIfNull(previousKeys);
        foreach (var key in previousKeys)
        {
            if (_postings.TryGetValue(key, out var ids))
            {
                ids.Remove(id);
            }
        }

        if (!_partners.Remove(id, out var partners))
        {
            return [];
        }

        foreach (var other in partners)
        {
            _partners[other].Remove(id);
        }

        return [.. partners];
    }

    public void SavePair(long a, long b)
    {
        Partners(a, add: true).Add(b);
        Partners(b, add: true).Add(a);
    }

    public (List<long> Members, List<(long A, long B)> Pairs) Component(long id) => PairGraph.Component(id, other => Partners(other, add: false));

    public ClusterMember LoadMember(long id) => Article(id).Member;

    public string LoadBody(long id) => Article(id).Body;

    public void SetDuplicateLink(long id, DuplicateLink? link)
    {
        if (link is null)
        {
            _links.Remove(id);
        }
        else
        {
            _links[id] = link;
        }
    }

    /// <summary>None: every article's keys are made as it is added, with the detector's own settings.</summary>
    public IReadOnlyList<long> ArticlesWithoutKeys(string keySettings) => [];

    public void WriteRecoveredKeys(List<(ulong Key, long Id)> rows, IReadOnlyCollection<long> articles) => AddKeys(articles, rows);

    private (string Body, ClusterMember Member) Article(long id) =>
        _articles.TryGetValue(id, out var article) ? article : throw new InvalidOperationException($"article {id} is not in the index");

    private SortedSet<long> Partners(long id, bool add)
    {
        if (_partners.TryGetValue(id, out var partners))
        {
            return partners;
        }

        if (!add)
        {
            return [];
        }

        partners = [];
        _partners[id] = partners;
        return partners;
    }
}
