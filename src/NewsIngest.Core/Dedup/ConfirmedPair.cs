namespace NewsIngest.Core.Dedup;

/// <summary>A candidate pair that the judge confirmed; <see cref="A"/> is the smaller id.</summary>
public sealed record ConfirmedPair(long A, long B, DuplicateVerdict Verdict);
