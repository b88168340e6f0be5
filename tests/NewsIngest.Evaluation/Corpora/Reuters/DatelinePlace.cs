using System.Text.RegularExpressions;

namespace NewsIngest.Evaluation.Corpora.Reuters;

/// <summary>The place of a Reuters dateline: "SALVADOR, Feb 26 -" is SALVADOR; "COLUMBUS, Ohio, June 2 -" is COLUMBUS, Ohio.</summary>
public static partial class DatelinePlace
{
    /// <summary>The dateline without its trailing month, day and dash; null when nothing is left.</summary>
    public static string? Of(string? dateline)
    {
        if (string.IsNullOrWhiteSpace(dateline))
        {
            return null;
        }

        // Some datelines run on into the lead ("RIO DE JANEIRO, Feb 26 - Brazil's ..."): the place ends at the dash.
        var head = dateline.Trim();
        var dash = head.IndexOf(" -", StringComparison.Ordinal);
        if (dash > 0)
        {
            head = head[..dash];
        }

        var place = TrailingDate().Replace(head, "").Trim().TrimEnd(',').Trim();
        return place.Length == 0 ? null : place;
    }

    /// <summary>
    /// True when <paramref name="actual"/> is the labelled place, in full ("COLUMBUS, Ohio") or as its first part
    /// ("COLUMBUS"), compared case-insensitively: a parser may keep or drop the state.
    /// </summary>
    public static bool Matches(string? labelledDateline, string? actual)
    {
        var place = Of(labelledDateline);
        if (place is null)
        {
            return false;
        }

        var city = place.Split(',')[0];
        return Scoring.TextMatch.Same(place, actual) || Scoring.TextMatch.Same(city, actual);
    }

    // "Feb 26", "March 2O" (typo kept upstream), "2 March", optionally followed by ", Reuter" and a stray comma.
    [GeneratedRegex(@",?\s*(?:[A-Za-z]{3,9}\.?\s+[\dlO]{1,3}|\d{1,2}\s+[A-Za-z]{3,9})\s*(?:,\s*Reuter)?\s*,?\s*-*\s*$")]
    private static partial Regex TrailingDate();
}
