namespace NewsIngest.Core.Parsing;

/// <summary>
/// The <c>Key: value</c> lines at the top of a file (e-mail, Usenet, hand-made headers), keys compared
/// case-insensitively, continuation lines joined; <see cref="Rest"/> is the text after the block.
/// </summary>
public sealed record HeaderBlock(IReadOnlyDictionary<string, string> Fields, string Rest)
{
    public static readonly HeaderBlock None = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), "");

    public bool IsEmpty => Fields.Count == 0;

    /// <summary>The first non-empty value among <paramref name="keys"/>, in the order given.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (Fields.TryGetValue(key, out var value) && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }
}
