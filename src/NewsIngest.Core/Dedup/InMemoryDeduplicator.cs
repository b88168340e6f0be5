using System.Runtime.InteropServices;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// The whole detector without a database: index candidate keys, look candidates up, confirm them on the shingle
/// sets, cluster. A store does the same steps with SQL lookups; each step is callable on its own so it can mirror
/// them. Adding articles one by one or all at once gives the same clusters. Not thread-safe.
/// </summary>
public sealed class InMemoryDeduplicator
{
    private readonly DedupOptions _options;
    private readonly Dictionary<long, Entry> _entries = [];
    private readonly Dictionary<ulong, List<long>> _postings = [];
    private readonly HashSet<(long, long)> _seenPairs = [];
    private readonly List<ConfirmedPair> _confirmed = [];

    public InMemoryDeduplicator(DedupOptions? options = null)
    {
        _options = options ?? DedupOptions.Default;
        _options.Validate();
    }

    /// <summary>Candidate pairs looked at so far (each pair once).</summary>
    public long CandidatePairs { get; private set; }

    public IReadOnlyList<ConfirmedPair> Confirmed => _confirmed;

    /// <summary>Fingerprints, indexes and confirms one article against those added before; returns its confirmed pairs.</summary>
    public IReadOnlyList<ConfirmedPair> Add(string body, ClusterMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (_entries.ContainsKey(member.Id))
        {
            throw new ArgumentException($"Article {member.Id} was already added.", nameof(member));
        }

        var fingerprint = Fingerprinter.Compute(body, _options, out var document);
        var entry = new Entry(member, fingerprint, document);
        var candidates = Candidates(entry.Fingerprint);
        _entries[member.Id] = entry;
        foreach (var key in Keys(entry.Fingerprint))
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, key, out _);
            (list ??= []).Add(member.Id);
        }

        var found = new List<ConfirmedPair>();
        foreach (var other in candidates)
        {
            if (Confirm(member.Id, other) is { } pair)
            {
                found.Add(pair);
            }
        }

        return found;
    }

    public void AddRange(IEnumerable<(string Body, ClusterMember Member)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var (body, member) in articles)
        {
            Add(body, member);
        }
    }

    /// <summary>Ids already indexed that share the exact key or a candidate key with <paramref name="fingerprint"/>, ascending.</summary>
    public IReadOnlyList<long> Candidates(Fingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var ids = new SortedSet<long>();
        foreach (var key in Keys(fingerprint))
        {
            if (_postings.TryGetValue(key, out var list))
            {
                ids.UnionWith(list);
            }
        }

        return [.. ids];
    }

    /// <summary>Judges one pair of indexed articles (once per pair); returns the pair when it is a duplicate.</summary>
    public ConfirmedPair? Confirm(long idA, long idB)
    {
        var (a, b) = idA < idB ? (idA, idB) : (idB, idA);
        if (a == b || !_seenPairs.Add((a, b)))
        {
            return null;
        }

        CandidatePairs++;
        var verdict = Judge(a, b);
        if (!verdict.IsDuplicate)
        {
            return null;
        }

        var pair = new ConfirmedPair(a, b, verdict);
        _confirmed.Add(pair);
        return pair;
    }

    /// <summary>The verdict on two indexed articles, on their real shingle sets.</summary>
    public DuplicateVerdict Judge(long idA, long idB) =>
        DuplicateJudge.Judge(_entries[idA].Document, _entries[idB].Document, _options);

    /// <summary>Clusters of everything added so far.</summary>
    public IReadOnlyList<DuplicateCluster> Clusters() =>
        ClusterBuilder.Build(_confirmed.Select(p => (p.A, p.B)), _entries.Values.Select(e => e.Member), Judge);

    private static IEnumerable<ulong> Keys(Fingerprint fingerprint) =>
        fingerprint.CandidateKeys.Length == 0 ? [] : fingerprint.CandidateKeys.Append(fingerprint.ExactKey);

    private sealed record Entry(ClusterMember Member, Fingerprint Fingerprint, DedupDocument Document);
}
