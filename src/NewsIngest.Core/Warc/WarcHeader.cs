namespace NewsIngest.Core.Warc;

/// <summary>A record's header: the version line and its named fields (names lower-cased), first value wins.</summary>
internal sealed class WarcHeader(string version, IReadOnlyList<KeyValuePair<string, string>> fields)
{
    public string Version { get; } = version;

    public string? Get(string name)
    {
        foreach (var (key, value) in fields)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }
}
