using NewsIngest.Core.Dates;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// The record fields a header block gives: <c>Title</c>/<c>Headline</c>/<c>Subject</c> → title,
/// <c>Author</c>/<c>By</c> (names) or <c>From</c> (the person, never the address) → authors,
/// <c>Source</c>/<c>Publisher</c> → source, <c>Date</c>/<c>Published</c>… → date (unreadable: a warning).
/// </summary>
internal sealed record HeaderFields(string? Title, IReadOnlyList<string> Authors, string? Source, PartialDate? Date, string? DateRaw)
{
    public static HeaderFields Read(HeaderBlock header, List<ParseWarning> warnings)
    {
        if (header.IsEmpty)
        {
            return new HeaderFields(null, [], null, null, null);
        }

        var title = header.First("Title", "Headline", "Subject");
        var source = header.First("Source", "Publisher", "Outlet");
        IReadOnlyList<string> authors = [];
        if (header.First("Author", "Authors", "By", "Byline") is { } names)
        {
            var byline = BylineParser.ParseNames(BylineParser.TryParse(names) is null ? names : StripBy(names));
            authors = byline?.Authors ?? [];
            source ??= byline?.Source;
        }
        else if (header.First("From") is { } from && AddressParser.DisplayName(from) is { } person)
        {
            authors = [person];
        }

        PartialDate? date = null;
        var raw = header.First("Date", "Published", "Pubdate", "Published-Date", "Publication-Date", "Sent", "Updated");
        if (raw is not null)
        {
            if (DateParser.TryParse(raw, out var d) || DateParser.TryFind(raw, out d))
            {
                date = d;
            }
            else
            {
                warnings.Add(new ParseWarning(WarningCodes.UnreadableDate, $"the date header \"{raw}\" could not be read"));
            }
        }

        return new HeaderFields(title, authors, source, date, raw);
    }

    private static string StripBy(string names)
    {
        var trimmed = names.TrimStart();
        return trimmed.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? trimmed[3..] : trimmed;
    }
}
