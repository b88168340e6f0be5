namespace NewsIngest.Core.Text;

/// <summary>A language's code and its most frequent function words.</summary>
internal sealed record LanguageProfile(string Code, HashSet<string> Words)
{
    public static LanguageProfile Of(string code, string words) =>
        new(code, new HashSet<string>(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal));
}
