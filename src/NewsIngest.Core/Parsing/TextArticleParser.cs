using System.Text.RegularExpressions;
using NewsIngest.Core.Cleaning;
using NewsIngest.Core.Dates;
using NewsIngest.Core.Model;
using NewsIngest.Core.Reading;
using NewsIngest.Core.Text;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// Parses a plain-text article into a record, in named stages: header block, inline date, paragraphs,
/// front matter (title, date line, byline, caption), dateline, boilerplate. Dates are taken in order of
/// trust: header, byline, dateline, copyright year (a year only). Pure and thread-safe.
/// </summary>
public static partial class TextArticleParser
{
    public static Article Parse(string path, string sha256, DecodedText text, ParseOptions options)
    {
        var warnings = new List<ParseWarning>(text.Warnings);
        var header = HeaderBlockParser.Parse(text.Text);
        var fields = HeaderFields.Read(header, warnings);

        var body = header.Rest;
        var dates = new DateChoice(options, warnings);
        dates.Offer(fields.Date, fields.DateRaw, DateSource.Header);
        if (InlineDate().Match(body) is { Success: true } inline)
        {
            // "date 2025-10-31 First sentence…": the date is a header even when the story follows on its line.
            var raw = inline.Groups["d"].Value;
            if (DateParser.TryParse(raw, out var d))
            {
                dates.Offer(d, raw, DateSource.Header);
            }

            body = body[inline.Length..];
        }

        var paragraphs = ParagraphSplitter.Split(body);
        var front = FrontMatterReader.Read(paragraphs, fields.Title);
        dates.Offer(front.Date, front.DateRaw, DateSource.Header);
        dates.Offer(front.Byline?.Date, front.Byline?.Date?.ToIso(), DateSource.Byline);

        var story = new List<string>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!front.Consumed[i])
            {
                story.Add(paragraphs[i].Text);
            }
        }

        Dateline? dateline = null;
        if (story.Count > 0 && DatelineExtractor.TryExtract(story[0]) is { } found)
        {
            dateline = found;
            story[0] = found.Rest;
            dates.Offer(found.Date is { HasYear: true } dd ? dd : null, found.Date?.ToIso(), DateSource.Text);
        }

        var cleaned = BoilerplateCleaner.Clean(story, front.Title);
        var removed = front.Removed.Select(r => r.Removal).Concat(cleaned.Removed).ToList();
        dates.OfferCopyright(cleaned.Removed);

        var authors = fields.Authors.Count > 0 ? fields.Authors : front.Byline?.Authors ?? [];
        var bodyText = string.Join("\n\n", cleaned.Paragraphs);
        if (dates.Published is null)
        {
            warnings.Add(new ParseWarning(WarningCodes.NoDate, "no publication date found"));
        }

        if (bodyText.Length == 0)
        {
            warnings.Add(new ParseWarning(WarningCodes.EmptyBody, "the file has no article text"));
        }

        var (source, sourceFrom) = SourceOf(fields, front, dateline, cleaned.Removed);
        return new Article
        {
            Path = path,
            Sha256 = sha256,
            Title = front.Title,
            Published = dates.Published,
            DateSource = dates.Source,
            Authors = authors,
            Source = source,
            Dateline = dateline?.Place,
            Body = bodyText,
            Boilerplate = removed,
            Warnings = warnings,
            Provenance = ProvenanceOf(fields, front, dates.Published, dates.Source, authors, sourceFrom),
        };
    }

    /// <summary>The last resort for <c>source</c>: an outlet named by the copyright line.</summary>
    private static string? CopyrightHolder(IReadOnlyList<BoilerplateRemoval> removed)
    {
        foreach (var removal in removed)
        {
            if (removal.Reason == BoilerplateReasons.Copyright && Outlets.FromCopyright(removal.Text) is { } outlet)
            {
                return outlet;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:date|published|updated)\s*:?\s+(?<d>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?:[ \t]+|\n|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineDate();
}
