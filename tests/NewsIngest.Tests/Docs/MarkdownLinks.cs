using System.Text;
using System.Text.RegularExpressions;

namespace NewsIngest.Tests.Docs;

/// <summary>The links and heading anchors of a Markdown page, as GitHub renders them (code blocks left out).</summary>
internal static partial class MarkdownLinks
{
    /// <summary>The relative link targets of a page (no <c>http:</c>, <c>https:</c> or <c>mailto:</c>), outside code.</summary>
    public static IEnumerable<string> Targets(string markdown) =>
        OutsideCode(markdown)
            .SelectMany(line => LinkPattern().Matches(StripInlineCode(line)).Select(match => match.Groups[1].Value))
            .Where(target => !target.StartsWith("http://", StringComparison.Ordinal)
                && !target.StartsWith("https://", StringComparison.Ordinal)
                && !target.StartsWith("mailto:", StringComparison.Ordinal));

    /// <summary>The anchors of the page's headings: GitHub's slugs, a repeated one numbered <c>-1</c>, <c>-2</c>...</summary>
    public static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in OutsideCode(markdown))
        {
            var heading = HeadingPattern().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var slug = Slug(heading.Groups[1].Value);
            var anchor = slug;
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    /// <summary>GitHub's anchor for a heading: lower case, letters, digits, <c>-</c> and <c>_</c> kept, spaces as <c>-</c>.</summary>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static IEnumerable<string> OutsideCode(string markdown)
    {
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence)
            {
                yield return line;
            }
        }
    }

    private static string StripInlineCode(string line) => InlineCodePattern().Replace(line, "``");

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^#{1,6} (.+?)\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCodePattern();
}
