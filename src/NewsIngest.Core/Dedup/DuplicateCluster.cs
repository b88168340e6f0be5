namespace NewsIngest.Core.Dedup;

/// <summary>One story: its canonical article and every copy of it, copies sorted by id.</summary>
public sealed record DuplicateCluster(long CanonicalId, IReadOnlyList<DuplicateLink> Duplicates)
{
    public IEnumerable<long> MemberIds => Duplicates.Select(d => d.Id).Prepend(CanonicalId);
}
