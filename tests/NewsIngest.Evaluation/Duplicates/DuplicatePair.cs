namespace NewsIngest.Evaluation.Duplicates;

/// <summary>An unordered pair of document ids; <see cref="Of"/> puts them in ordinal order so equal pairs compare equal.</summary>
public readonly record struct DuplicatePair(string First, string Second)
{
    public static DuplicatePair Of(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? new DuplicatePair(a, b) : new DuplicatePair(b, a);
}
