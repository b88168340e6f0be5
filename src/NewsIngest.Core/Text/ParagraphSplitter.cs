using System.Text;

namespace NewsIngest.Core.Text;

/// <summary>
/// Splits text into paragraphs. Blocks are separated by blank lines. Inside a block, lines are either
/// paragraphs of their own (text copied off web pages: one line per paragraph) or hard-wrapped lines of
/// one paragraph (wire and Usenet text wrapped at a fixed width, new paragraphs indented). The test for
/// hard wrapping is the one a typesetter would use: a line was broken by the wrapper when the next
/// line's first word would not have fitted on it.
/// </summary>
public static class ParagraphSplitter
{
    /// <summary>Lines longer than this are never hard-wrapped text.</summary>
    private const int MaxWrapWidth = 100;

    private const int MinWrapWidth = 40;

    /// <summary>How much wider than the wrap width a first line may be (a dateline in front of wrapped text).</summary>
    private const int MaxLeadExtra = 40;

    public static List<SourceParagraph> Split(string text)
    {
        var result = new List<SourceParagraph>();
        var block = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush(block, result);
            }
            else
            {
                block.Add(line.TrimEnd());
            }
        }

        Flush(block, result);
        return result;
    }

    private static void Flush(List<string> block, List<SourceParagraph> result)
    {
        if (block.Count == 0)
        {
            return;
        }

        if (block.Count == 1)
        {
            result.Add(new SourceParagraph(block[0].Trim(), StandsAlone: true));
        }
        else if (IsHardWrapped(block))
        {
            JoinWrapped(block, result);
        }
        else
        {
            foreach (var line in block)
            {
                result.Add(new SourceParagraph(line.Trim(), StandsAlone: false));
            }
        }

        block.Clear();
    }

    internal static bool IsHardWrapped(IReadOnlyList<string> lines)
    {
        if (lines.Count == 2)
        {
            // Two lines give no width to measure: "Title / By line" must stay apart, a sentence broken mid-way joins.
            return lines[0][^1] is not ('.' or '!' or '?' or ':' or '"' or '”' or '»')
                && lines[1].TrimStart() is { Length: > 0 } second && char.IsLower(second[0]);
        }

        // The first line may carry a dateline or a label in front of the wrapped text: leave it out of the width.
        var width = 0;
        for (var i = lines.Count >= 3 ? 1 : 0; i < lines.Count; i++)
        {
            width = Math.Max(width, lines[i].Length);
        }

        // Nobody wraps prose at fewer than 40 columns, and a first line far wider than the rest is a title over a
        // short byline block, not the first line of a wrapped paragraph.
        if (width is > MaxWrapWidth or < MinWrapWidth || lines[0].Length > width + MaxLeadExtra)
        {
            return false;
        }

        int breaks = 0, wrapped = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var next = lines[i + 1];
            if (IsIndented(next) || IsQuoted(next) != IsQuoted(lines[i]))
            {
                continue;
            }

            breaks++;
            if (lines[i].Length + 1 + FirstWordLength(next) > width)
            {
                wrapped++;
            }
        }

        return breaks == 0 || wrapped * 10 >= breaks * 6;
    }

    private static void JoinWrapped(List<string> lines, List<SourceParagraph> result)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var line in lines)
        {
            var isQuoted = IsQuoted(line);
            if (current.Length > 0 && (IsIndented(line) || isQuoted != quoted))
            {
                result.Add(new SourceParagraph(current.ToString(), StandsAlone: false));
                current.Clear();
            }

            if (current.Length > 0)
            {
                // Quoted replies keep their line structure; prose lines are joined.
                current.Append(isQuoted ? '\n' : ' ');
            }

            current.Append(isQuoted ? line.TrimEnd() : line.Trim());
            quoted = isQuoted;
        }

        if (current.Length > 0)
        {
            result.Add(new SourceParagraph(current.ToString(), StandsAlone: false));
        }
    }

    private static bool IsIndented(string line) => line.Length > 0 && line[0] is ' ' or '\t';

    private static bool IsQuoted(string line) => QuoteMarkers.IsQuoted(line);

    private static int FirstWordLength(string line)
    {
        var s = line.AsSpan().TrimStart();
        var end = s.IndexOfAny(' ', '\t');
        return end < 0 ? s.Length : end;
    }
}
