using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NewsIngest.Core.Parsing;

/// <summary>Tells an outlet ("CNN", "Associated Press", "The Denver Post") from a person's name.</summary>
public static partial class Outlets
{
    private static readonly FrozenSet<string> Known = new[]
    {
        "CNN", "Reuters", "Reuter", "AP", "The AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
        "BBC", "BBC News", "Bloomberg", "Bloomberg News", "NPR", "UPI", "dpa", "DPA", "ANSA", "EFE", "Kyodo", "Xinhua",
        "Al Jazeera", "Politico", "POLITICO", "Axios", "The Hill", "USA Today", "USA TODAY", "Fox News", "NBC News", "CBS News",
        "ABC News", "Newsweek", "Time", "The Guardian", "The Independent", "The Economist", "Financial Times", "Sky News",
        "Deutsche Welle", "DW", "Euronews", "Le Monde", "Der Spiegel", "El País", "CNBC", "MSNBC", "ProPublica", "Vox",
        "Business Insider", "Insider", "HuffPost", "BuzzFeed News", "Yahoo News", "The Atlantic", "Semafor", "Newsmax",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsOutlet(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length > 0 && (Known.Contains(trimmed) || OutletShape().IsMatch(trimmed));
    }

    /// <summary>Names of papers and agencies end in a telling word ("… Times", "… News", "… Press").</summary>
    [GeneratedRegex(@"^(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:News|Press|Times|Post|Wire|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle|Agency|Network|Daily|Observer|Examiner|Inquirer|Globe|Standard|Mail|Express|Mirror|Sun|Star|Magazine|Review|Report|Radio|TV|Television|Media|Newswire|Bulletin|Courier|Dispatch|Register|Record|Ledger|Beacon|Monitor|Insider)$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletShape();
}
