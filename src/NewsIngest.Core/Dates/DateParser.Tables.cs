using System.Collections.Frozen;

namespace NewsIngest.Core.Dates;

public static partial class DateParser
{
    /// <summary>Whether the word is a weekday's name or its short form ("Wed", "Montag", "jeudi").</summary>
    public static bool IsWeekday(string word) => Weekdays.Contains(word.TrimEnd('.'));

    private static readonly FrozenSet<string> Weekdays = new[]
    {
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The one zone table: abbreviations with a fixed offset (RFC 2822 and the North American, European and
    /// Asia-Pacific ones seen in news files and pages). Ambiguous ones (IST, "ET") are left out: the day is kept,
    /// the time is not.
    /// </summary>
    private static readonly FrozenDictionary<string, int> ZoneHours = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0,
        ["UTC"] = 0,
        ["GMT"] = 0,
        ["Z"] = 0,
        ["WET"] = 0,
        ["EST"] = -5,
        ["EDT"] = -4,
        ["CST"] = -6,
        ["CDT"] = -5,
        ["MST"] = -7,
        ["MDT"] = -6,
        ["PST"] = -8,
        ["PDT"] = -7,
        ["AST"] = -4,
        ["ADT"] = -3,
        ["AKST"] = -9,
        ["AKDT"] = -8,
        ["HST"] = -10,
        ["BST"] = 1,
        ["CET"] = 1,
        ["MET"] = 1,
        ["CEST"] = 2,
        ["MEST"] = 2,
        ["MESZ"] = 2,
        ["MEZ"] = 1,
        ["EET"] = 2,
        ["EEST"] = 3,
        ["JST"] = 9,
        ["KST"] = 9,
        ["AEST"] = 10,
        ["AEDT"] = 11,
        ["NZST"] = 12,
        ["NZDT"] = 13,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
