namespace NewsIngest.Storage.Queries;

/// <summary>One line of a breakdown: a key (a source, a month; null for articles
/// without one) and how many articles have it.</summary>
public readonly record struct CountBy(string? Key, long Count);
