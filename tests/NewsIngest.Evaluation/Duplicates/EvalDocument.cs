namespace NewsIngest.Evaluation.Duplicates;

/// <summary>One document handed to a duplicate finder: an id the labels use, the path it would have on disk, its bytes.</summary>
public sealed record EvalDocument(string Id, string Path, ReadOnlyMemory<byte> Bytes);
