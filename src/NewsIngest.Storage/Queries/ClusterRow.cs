namespace NewsIngest.Storage.Queries;

/// <summary>A duplicate cluster: its canonical article and its copies, by id.</summary>
public sealed record ClusterRow(ClusterMemberRow Canonical, IReadOnlyList<ClusterMemberRow> Duplicates);
