namespace NewsIngest.Evaluation.Scoring;

/// <summary>One item a measure got wrong: which page or pair, what the label says and what the record holds.</summary>
public sealed record Miss(string Item, string? Expected, string? Found);
