using System.Text.RegularExpressions;
using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Reading;

namespace NewsIngest.Core.Parsing;

/// <summary>Parses a plain-text article into a record.</summary>
public static partial class TextArticleParser
{
    public static Article Parse(string path, string sha256, DecodedText text, ParseOptions options)
    {
        _ = options;
        var paragraphs = SplitParagraphs(text.Text);
        string? published = null;
        var dateSource = DateSource.None;
        if (paragraphs.Count > 0 && InlineDate().Match(paragraphs[0]) is { Success: true } m)
        {
            published = m.Groups[1].Value;
            dateSource = DateSource.Header;
            paragraphs.RemoveAt(0);
        }

        var warnings = text.Warnings.ToList();
        if (published is null)
        {
            warnings.Add(new ParseWarning(WarningCodes.NoDate, "no publication date found"));
        }

        return new Article
        {
            Path = path,
            Sha256 = sha256,
            Published = published,
            DateSource = dateSource,
            Body = string.Join("\n\n", paragraphs),
            Warnings = warnings,
        };
    }

    private static List<string> SplitParagraphs(string text) =>
        [.. text.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)];

    [GeneratedRegex(@"^date\s+(\d{4}-\d{2}-\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineDate();
}
