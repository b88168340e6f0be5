namespace NewsIngest.Ingestion;

/// <summary>
/// Files met in the folders and not read because their names are not an article's (images, PDFs, JSON sidecars):
/// counted by extension (or by name: "LICENSE") so that a run that read nothing can say what it passed over.
/// </summary>
public sealed class OtherFiles(IReadOnlyDictionary<string, int> byKind)
{
    private const int KindsShown = 3;

    public static OtherFiles None { get; } = new(new Dictionary<string, int>());

    public int Count { get; } = byKind.Values.Sum();

    /// <summary>
    /// ", 5 other files not read (.png, .pdf, .json; name a file to read it)" for a summary line: the most frequent
    /// kinds first, "…" when there are more; "" when every file was an article's.
    /// </summary>
    public string Describe()
    {
        if (Count == 0)
        {
            return "";
        }

        var kinds = byKind.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key).ToList();
        var shown = string.Join(", ", kinds.Take(KindsShown)) + (kinds.Count > KindsShown ? ", …" : "");
        return $", {Count} other {(Count == 1 ? "file" : "files")} not read ({shown}; name a file to read it)";
    }
}
