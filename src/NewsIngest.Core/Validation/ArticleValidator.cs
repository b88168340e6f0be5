using System.Text.RegularExpressions;
using NewsIngest.Core.Html;
using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Core.Validation;

/// <summary>
/// Turns one file's parse outcome into lint findings. Pure: the caller reads the bytes and runs the pipeline;
/// duplicates across files are the caller's (they need every file).
/// </summary>
public static partial class ArticleValidator
{
    public static IReadOnlyList<Finding> Check(string path, ReadOnlySpan<byte> bytes, ParseOutcome outcome)
    {
        if (outcome is ParseOutcome.Failure failure)
        {
            var rule = bytes.IsEmpty ? ValidationRules.EmptyFile
                : failure.Reason.StartsWith("not text", StringComparison.Ordinal) ? ValidationRules.Binary
                : failure.Reason.StartsWith(Html.PageTooComplexException.Prefix, StringComparison.Ordinal) ? ValidationRules.TooComplex
                : ValidationRules.Undecodable;
            return [new Finding(path, null, rule.Code, rule.Severity, $"{failure.Reason}: {rule.FixFor(HtmlSniffer.LooksLikeHtml(path, bytes))}")];
        }

        var article = ((ParseOutcome.Success)outcome).Article;
        // An HTML page gets HTML advice (a meta tag, not a 'Date:' header).
        var html = GzipInput.IsPage(path, bytes);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var findings = new List<Finding>();
        foreach (var warning in article.Warnings)
        {
            var rule = warning.Code switch
            {
                WarningCodes.EncodingFallback => ValidationRules.EncodingFallback,
                WarningCodes.InvalidUtf8 => ValidationRules.InvalidUtf8,
                WarningCodes.ControlCharacters => ValidationRules.ControlCharacters,
                WarningCodes.NoDate => ValidationRules.NoDate,
                WarningCodes.UnreadableDate => ValidationRules.UnreadableDate,
                WarningCodes.FutureDate or WarningCodes.AncientDate => ValidationRules.ImplausibleDate,
                WarningCodes.DeepNesting => ValidationRules.DeepNesting,
                _ => null,
            };
            if (rule is not null)
            {
                findings.Add(new Finding(path, LineOf(text, warning), rule.Code, rule.Severity, $"{warning.Message}: {rule.FixFor(html)}"));
            }
        }

        if (article.Title is null)
        {
            findings.Add(Make(path, null, ValidationRules.NoTitle, html));
        }

        var words = article.WordCount;
        if (words == 0)
        {
            findings.Add(Make(path, null, ValidationRules.NoBody, html));
        }
        else if (words < ValidationRules.ShortBodyWords)
        {
            var rule = ValidationRules.ShortBody;
            findings.Add(new Finding(path, null, rule.Code, rule.Severity, $"the body has only {words} words: {rule.FixFor(html)}"));
        }

        foreach (var author in article.Authors.Where(LooksLikeOutletOrRole))
        {
            var rule = ValidationRules.SuspectAuthor;
            findings.Add(new Finding(path, LineOf(text, author), rule.Code, rule.Severity, $"author \"{author}\" looks like a site or a role: {rule.FixFor(html)}"));
        }

        return findings;
    }

    /// <summary>Site names, desks and job titles that bylines often carry where a person's name belongs.</summary>
    public static bool LooksLikeOutletOrRole(string author) => OutletOrRole().IsMatch(author);

    private static Finding Make(string path, int? line, ValidationRule rule, bool html) =>
        new(path, line, rule.Code, rule.Severity, $"{rule.Meaning}: {rule.FixFor(html)}");

    private static int? LineOf(string text, ParseWarning warning)
    {
        // Date warnings quote the raw value; find the line that holds it.
        var quoted = Quoted().Match(warning.Message);
        return quoted.Success ? LineOf(text, quoted.Groups[1].Value) : null;
    }

    private static int? LineOf(string text, string needle)
    {
        if (needle.Length == 0)
        {
            return null;
        }

        var index = text.IndexOf(needle, StringComparison.Ordinal);
        return index < 0 ? null : text.AsSpan(0, index).Count('\n') + 1;
    }

    [GeneratedRegex(@"[""“']([^""”']{2,80})[""”']")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(\.(com|org|net|co\.uk|news)\b|\b(staff|editor|editors|reporter|reporters|correspondent|desk|team|newsroom|writer|contributor|wire|press|news|agency|media|online|digital|admin|editorial)\b|@)", RegexOptions.IgnoreCase)]
    private static partial Regex OutletOrRole();
}
