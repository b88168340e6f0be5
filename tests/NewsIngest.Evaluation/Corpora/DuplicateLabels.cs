namespace NewsIngest.Evaluation.Corpora;

/// <summary>Reads a corpus's <c>duplicates.tsv</c>: a header row, then one labelled pair per line.</summary>
public static class DuplicateLabels
{
    /// <summary>Rows as dictionaries keyed by the header's column names.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            return [];
        }

        var header = lines[0].Split('\t');
        return [.. lines.Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(cells => (IReadOnlyDictionary<string, string>)header
                .Select((name, i) => (name, value: i < cells.Length ? cells[i] : ""))
                .ToDictionary(x => x.name, x => x.value, StringComparer.Ordinal))];
    }
}
