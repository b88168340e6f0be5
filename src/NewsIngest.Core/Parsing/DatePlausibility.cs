using NewsIngest.Core.Dates;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// Decides whether a date read from a file may become <c>published</c>: dates after
/// <see cref="ParseOptions.Today"/> or before <see cref="ParseOptions.EarliestPlausibleYear"/> become
/// warnings instead, so that a typo never turns into a value.
/// </summary>
public static class DatePlausibility
{
    public static bool Accept(PartialDate date, ParseOptions options, string raw, ICollection<ParseWarning> warnings)
    {
        if (!date.HasYear)
        {
            return false;
        }

        if (date.Year < options.EarliestPlausibleYear)
        {
            warnings.Add(new ParseWarning(
                WarningCodes.AncientDate,
                $"the date \"{raw}\" is before {options.EarliestPlausibleYear}; it was not used"));
            return false;
        }

        var today = options.Today;
        var future = date.HasDay
            ? new DateOnly(date.Year, date.Month, date.Day) > today
            : date.Year > today.Year || (date.Year == today.Year && date.Month > today.Month);
        if (future)
        {
            warnings.Add(new ParseWarning(
                WarningCodes.FutureDate,
                $"the date \"{raw}\" is after {today:yyyy-MM-dd}; it was not used"));
            return false;
        }

        return true;
    }
}
