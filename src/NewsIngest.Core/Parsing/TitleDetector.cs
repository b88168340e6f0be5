using System.Text.RegularExpressions;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// Tells a title line from a sentence: short, one line, no final period (an abbreviation such as "U.S."
/// may end it), not opening in lower case.
/// </summary>
public static partial class TitleDetector
{
    private const int MaxLength = 200;
    private const int MaxWords = 30;

    /// <param name="line">The candidate line.</param>
    /// <param name="vouched">
    /// True when the context already says "title" (a byline or date line right under it): a lower-case start is then allowed.
    /// </param>
    public static bool IsTitle(string line, bool vouched = false)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength || text.Contains('\n'))
        {
            return false;
        }

        var first = text.FirstOrDefault(char.IsLetterOrDigit);
        if (first == default || (char.IsLower(first) && !vouched && !CamelCaseStart(text)))
        {
            return false;
        }

        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return false;
        }

        return !SentenceEnd().IsMatch(text) || AbbreviationEnd().IsMatch(text) || text.EndsWith("...'", StringComparison.Ordinal)
            || text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…');
    }

    /// <summary>"iTunes now selling …", "eBay profits …": a brand in camel case may open a title.</summary>
    private static bool CamelCaseStart(string text)
    {
        var end = text.IndexOf(' ');
        var word = end < 0 ? text : text[..end];
        return word.Skip(1).Any(char.IsUpper);
    }

    [GeneratedRegex(@"[.,;:]['""’”»]?$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:^|\s)(?:[A-Z]\.){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationEnd();
}
