using System.Collections.Frozen;

namespace NewsIngest.Core.Dates;

/// <summary>
/// The one month table of the product: month names and their usual abbreviations in English, German, French,
/// Spanish, Italian, Portuguese, Dutch, Polish, Finnish, Russian and the Scandinavian languages. The text and HTML date
/// parsers, the dateline reader and the duplicate judge's date figures all read it.
/// </summary>
public static class MonthNames
{
    private static readonly string[][] Names =
    [
        ["january", "jan", "styczeń", "stycznia", "tammikuuta", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "января", "январь"],
        ["february", "feb", "luty", "lutego", "helmikuuta", "februar", "février", "fevrier", "févr", "fevr", "fév", "febrero", "febbraio", "fevereiro", "fev", "februari", "февраля", "февраль"],
        ["march", "mar", "marzec", "marca", "marts", "maaliskuuta", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrz", "марта", "март"],
        ["april", "apr", "kwiecień", "kwietnia", "huhtikuuta", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель"],
        ["may", "mai", "maj", "maja", "toukokuuta", "mayo", "maggio", "mag", "maio", "mei", "мая", "май"],
        ["june", "jun", "czerwiec", "czerwca", "kesäkuuta", "juni", "juin", "junio", "giugno", "giu", "junho", "июня", "июнь"],
        ["july", "jul", "lipiec", "lipca", "heinäkuuta", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "июля", "июль"],
        ["august", "aug", "sierpień", "sierpnia", "augusti", "elokuuta", "août", "aout", "agosto", "ago", "augustus", "августа", "август"],
        ["september", "sep", "wrzesień", "września", "syyskuuta", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "сентября", "сентябрь"],
        ["october", "oct", "październik", "października", "lokakuuta", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "октября", "октябрь"],
        ["november", "nov", "listopad", "listopada", "marraskuuta", "novembre", "noviembre", "novembro", "ноября", "ноябрь"],
        ["december", "dec", "grudzień", "grudnia", "joulukuuta", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "desember", "декабря", "декабрь"],
    ];

    private static readonly FrozenDictionary<string, int> ByName = Build();

    /// <summary>The month number (1–12) for a name or abbreviation in any case, with or without a final dot, or 0.</summary>
    public static int Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.TryGetValue(name.TrimEnd('.').ToLowerInvariant(), out var month) ? month : 0;
    }

    /// <summary>Whether the word names a month ("Feb", "Feb.", "März").</summary>
    public static bool IsMonth(string word) => Lookup(word) != 0;

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            foreach (var name in Names[i])
            {
                map.TryAdd(name, i + 1);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
