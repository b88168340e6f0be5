namespace NewsIngest.Evaluation.Scoring;

/// <summary>Compares a record's authors with labelled names or a labelled raw byline.</summary>
public static class AuthorMatch
{
    private static readonly string[] Separators = [",", ";", "|", "&", " and ", " und ", " et "];

    /// <summary>
    /// True when every labelled name is among the authors, compared as sequences of lower-cased words, so quotes
    /// and brackets the label kept or dropped ("Stefan Hartmann (Behse)" vs "Stefan Hartmann Behse") do not count.
    /// </summary>
    public static bool AllNamed(IReadOnlyCollection<string> expectedNames, IReadOnlyList<string> authors)
    {
        if (expectedNames.Count == 0)
        {
            return false;
        }

        var got = authors.Select(a => string.Join(' ', Tokens.Words(a))).ToHashSet(StringComparer.Ordinal);
        return expectedNames.All(n => got.Contains(string.Join(' ', Tokens.Words(n))));
    }

    /// <summary>
    /// Lenient, for raw bylines that carry dates, titles or outlets around the names ("By GILLIAN MOHNEY  March 11,
    /// 2015"): true when the record has an author and its first author appears, word-aligned, inside the byline.
    /// </summary>
    public static bool FirstWithinByline(string? byline, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0)
        {
            return false;
        }

        var b = $" {string.Join(' ', Tokens.Words(byline))} ";
        var first = string.Join(' ', Tokens.Words(authors[0]));
        return first.Length > 0 && b.Contains($" {first} ", StringComparison.Ordinal);
    }

    /// <summary>Splits "By Jane Doe and John Roe" into its names: a leading "by" dropped, split on and/commas/&amp;.</summary>
    public static IReadOnlyList<string> SplitNames(string? byline)
    {
        var text = (byline ?? "").Trim();
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }

        return [.. text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
