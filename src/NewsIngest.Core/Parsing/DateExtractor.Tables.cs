using System.Collections.Frozen;

namespace NewsIngest.Core.Parsing;

public static partial class DateExtractor
{
    /// <summary>Month names and abbreviations in the languages our users bring (English first), lower case.</summary>
    private static readonly FrozenDictionary<string, int> Months = BuildMonths();

    private static readonly FrozenSet<string> Weekdays = new[]
    {
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Zone abbreviations with a fixed offset (RFC 2822 and the North American and European ones seen in
    /// news files). Ambiguous ones (IST, "ET") are left out: the day is kept, the time is not.
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

    /// <summary>Whether the word names a month in one of the supported languages ("Feb", "Feb.", "März").</summary>
    public static bool IsMonthName(string word) => Months.ContainsKey(word.TrimEnd('.'));

    private static FrozenDictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["jan", "january", "janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari", "janv"],
            ["feb", "february", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "févr", "fév"],
            ["mar", "march", "mars", "märz", "maerz", "marzo", "março", "maart"],
            ["apr", "april", "avril", "abril", "aprile"],
            ["may", "mai", "mayo", "maggio", "maio", "mei"],
            ["jun", "june", "juin", "juni", "junio", "giugno", "junho"],
            ["jul", "july", "juillet", "juli", "julio", "luglio", "julho", "juil"],
            ["aug", "august", "août", "aout", "agosto", "augustus"],
            ["sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro"],
            ["oct", "october", "octobre", "oktober", "octubre", "ottobre", "outubro", "okt"],
            ["nov", "november", "novembre", "noviembre", "novembro"],
            ["dec", "december", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "déc", "dez"],
        ];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                map[name] = i + 1;
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
