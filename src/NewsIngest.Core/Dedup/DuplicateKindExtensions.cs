namespace NewsIngest.Core.Dedup;

public static class DuplicateKindExtensions
{
    /// <summary>The contract spelling of <c>duplicate_kind</c>: <c>exact</c>, <c>near</c>, <c>excerpt</c>, or null.</summary>
    public static string? ToContractString(this DuplicateKind kind) => kind switch
    {
        DuplicateKind.Exact => "exact",
        DuplicateKind.Near => "near",
        DuplicateKind.Excerpt => "excerpt",
        _ => null,
    };

}
