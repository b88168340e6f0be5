using System.Text.RegularExpressions;
using NewsIngest.Core.Dates;
using NewsIngest.Core.Model;
using NewsIngest.Core.Text;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// Reads the first paragraphs of a file, before the story starts: a title line (once or repeated), a
/// standalone date line (a date header in any supported form), a byline, and the photo caption that sits
/// between the title and the byline. Stops at the first paragraph of the story.
/// </summary>
public static partial class FrontMatterReader
{
    /// <summary>Front matter is a handful of lines; the story is never searched past this.</summary>
    private const int MaxScan = 8;

    /// <summary>A caption is at most two short paragraphs between the title and the byline.</summary>
    private const int MaxCaptions = 2;

    private const int MaxCaptionLength = 300;

    public static FrontMatter Read(IReadOnlyList<SourceParagraph> paragraphs, string? knownTitle)
    {
        var consumed = new bool[paragraphs.Count];
        var removed = new List<(int, BoilerplateRemoval)>();
        var title = knownTitle;
        PartialDate? date = null;
        string? dateRaw = null;
        Byline? byline = null;
        string? source = null;
        var pending = new List<int>();
        var lines = new LineFacts(paragraphs);

        for (var i = 0; i < paragraphs.Count && i < MaxScan; i++)
        {
            var p = paragraphs[i].Text;
            if (title is not null && Titles.Same(p, title))
            {
                if (knownTitle is not null || i > 0)
                {
                    removed.Add((i, new BoilerplateRemoval(p, BoilerplateReasons.RepeatedTitle)));
                }

                consumed[i] = true;
                continue;
            }

            if (i == 0 && Masthead(p) is ({ } mastDate, var outlet))
            {
                // "The Clinton Sentinel | Sports | 26 Jul 2019": outlet, section and date above the title.
                (date, dateRaw, source) = (mastDate, p, outlet);
                consumed[i] = true;
                continue;
            }

            if (date is null && lines.DateLine(i) is { } lineDate)
            {
                (date, dateRaw) = (lineDate, p);
                consumed[i] = true;
                continue;
            }

            if (title is null && pending.Count == 0 && byline is null && i + 1 < paragraphs.Count
                && ((paragraphs[i].StandsAlone && TitleDetector.IsTitle(p)) || TitleAboveMetadata(paragraphs, i, lines))
                && lines.Byline(i) is null)
            {
                title = p;
                consumed[i] = true;
                continue;
            }

            if (byline is null && lines.Byline(i) is { } b)
            {
                byline = b;
                consumed[i] = true;
                if (title is not null)
                {
                    foreach (var c in pending)
                    {
                        removed.Add((c, new BoilerplateRemoval(paragraphs[c].Text, BoilerplateReasons.PhotoCaption)));
                        consumed[c] = true;
                    }

                    pending.Clear();
                }

                continue;
            }

            if (byline is not null || pending.Count >= MaxCaptions || p.Length > MaxCaptionLength)
            {
                break;
            }

            pending.Add(i);
        }

        // A file that is only a title line: the loop above wants a following paragraph to be sure.
        if (title is null && paragraphs.Count == 1 && paragraphs[0].StandsAlone && TitleDetector.IsTitle(paragraphs[0].Text)
            && DateLine(paragraphs[0].Text) is null)
        {
            title = paragraphs[0].Text;
            consumed[0] = true;
        }

        removed.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new FrontMatter(title, date, dateRaw, byline, source, consumed, removed);
    }

    /// <summary>
    /// A line of its own right above a date line is a title even when it breaks the usual shape (wire briefs
    /// in lower case: "australian broad money supply growth 10.3 pct in January").
    /// </summary>
    private static bool TitleAboveMetadata(IReadOnlyList<SourceParagraph> paragraphs, int i, LineFacts lines)
    {
        var next = paragraphs[i + 1];
        if (paragraphs[i].Text.Length > 200)
        {
            return false;
        }

        // A lone line above a lone date line (wire briefs), or a title-shaped line right above a byline in one block.
        return (paragraphs[i].StandsAlone && next.StandsAlone && lines.DateLine(i + 1) is not null)
            || (TitleDetector.IsTitle(paragraphs[i].Text, vouched: true) && (lines.Byline(i + 1) is not null || lines.DateLine(i + 1) is not null));
    }

    /// <summary>A masthead line: segments split by "|", one of them a date, the first an outlet or a name.</summary>
    internal static (PartialDate? Date, string? Outlet) Masthead(string line)
    {
        if (line.Length > 120 || !line.Contains('|'))
        {
            return (null, null);
        }

        var segments = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        PartialDate? date = null;
        foreach (var segment in segments)
        {
            if (DateParser.TryParse(segment, out var d) && d.HasYear)
            {
                date ??= d;
            }
        }

        return date is null || segments.Length < 2 ? (null, null) : (date, Outlets.IsOutlet(segments[0]) ? segments[0] : null);
    }

    /// <summary>A line that is only a date, maybe labelled ("Published: Nov. 3, 2025", "Updated 10:30 a.m. EST, Nov 3, 2025").</summary>
    internal static PartialDate? DateLine(string paragraph)
    {
        if (paragraph.Length > 100 || paragraph.Contains('\n'))
        {
            return null;
        }

        // Wire timestamps can carry routing codes glued to them ("27-MAR-1987 00:02:59.13&#5;&#5;RM").
        var text = GluedCodes().Replace(DateLabel().Replace(paragraph, ""), "");
        if (DateParser.TryParse(text, out var date) && date.HasYear)
        {
            return date;
        }

        // Labelled lines may put a time before the date: only accept them with a label.
        return text.Length < paragraph.Length && DateParser.TryFind(text, out date) ? date : null;
    }

    /// <summary>
    /// <see cref="FrontMatterReader.DateLine(string)"/> and <see cref="BylineParser.TryParse"/> of the scanned paragraphs, each worked
    /// out once: the loop asks them of a paragraph, then again of the same one as the next paragraph of its neighbour.
    /// </summary>
    private sealed class LineFacts(IReadOnlyList<SourceParagraph> paragraphs)
    {
        private readonly (bool Known, PartialDate? Value)[] _dates = new (bool, PartialDate?)[Math.Min(paragraphs.Count, MaxScan + 1)];
        private readonly (bool Known, Byline? Value)[] _bylines = new (bool, Byline?)[Math.Min(paragraphs.Count, MaxScan + 1)];

        public PartialDate? DateLine(int i) =>
            _dates[i].Known ? _dates[i].Value : (_dates[i] = (true, FrontMatterReader.DateLine(paragraphs[i].Text))).Value;

        public Byline? Byline(int i) =>
            _bylines[i].Known ? _bylines[i].Value : (_bylines[i] = (true, BylineParser.TryParse(paragraphs[i].Text))).Value;
    }

    [GeneratedRegex(@"^\s*(?:(?:last\s+)?updated|published|posted|first published|originally published|date|dated|released?|publié le|veröffentlicht(?: am)?|publicado(?: el)?)\b\s*(?:on|:|am|le|el)?\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"(?<=\d)(?:&#\d{1,3};|[\x00-\x08\x0B-\x1F])+[A-Za-z ]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedCodes();
}
