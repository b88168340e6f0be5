using NewsIngest.Core.Dates;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// Keeps the first plausible date offered, in the caller's order of trust, with its source. Implausible
/// dates leave a warning and make way for the next. A copyright year is the last resort and gives a year only.
/// </summary>
internal sealed class DateChoice(ParseOptions options, List<ParseWarning> warnings)
{
    public string? Published { get; private set; }

    public DateSource Source { get; private set; } = DateSource.None;

    public void Offer(PartialDate? date, string? raw, DateSource source)
    {
        if (Published is null && date is { } d && DatePlausibility.Accept(d, options, raw ?? d.ToIso(), warnings))
        {
            Published = d.ToIso();
            Source = source;
        }
    }

    public void OfferCopyright(IEnumerable<BoilerplateRemoval> removed)
    {
        if (Published is not null)
        {
            return;
        }

        foreach (var removal in removed)
        {
            if (removal.Reason == BoilerplateReasons.Copyright && DateParser.TryFindCopyrightYear(removal.Text, out var year))
            {
                Offer(new PartialDate(year), removal.Text, DateSource.Copyright);
                return;
            }
        }
    }
}
