namespace NewsIngest.Core.Dedup;

/// <summary>One paragraph of a body and how much of it (share of its shingles) the other body contains.</summary>
public sealed record PassageMatch(int Index, string Text, double Containment);
