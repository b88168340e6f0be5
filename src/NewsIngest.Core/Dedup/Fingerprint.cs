namespace NewsIngest.Core.Dedup;

/// <summary>
/// What a store keeps per article to find its copies later without rescanning: the exact key, the MinHash
/// signature, and the candidate keys (LSH band keys and anchor-pair keys, sorted, repeat-free). Two articles are
/// candidates when they share the exact key or any candidate key.
/// </summary>
public sealed record Fingerprint(ulong ExactKey, uint[] Signature, ulong[] CandidateKeys, int WordCount)
{
    /// <summary>The keys an index stores and looks up for this fingerprint: its candidate keys and its exact key (none for an empty body).</summary>
    public IEnumerable<ulong> StoredKeys => CandidateKeys.Length == 0 ? [] : CandidateKeys.Append(ExactKey);
}
