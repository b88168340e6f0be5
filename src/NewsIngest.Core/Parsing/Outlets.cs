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
    /// <summary>The outlet named by a copyright line ("© The Clinton Sentinel. All rights reserved."), when it is one.</summary>
    public static string? FromCopyright(string line)
    {
        var m = CopyrightHolder().Match(line.Trim());
        return m.Success && IsOutlet(m.Groups["h"].Value) ? m.Groups["h"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(?:™\s*&\s*)?(?:©|\(c\)|copyright\b)\s*(?:\(c\)\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+)?(?<h>[^.,©]{2,60}?)\s*(?:[.,]|\ball rights\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightHolder();

    [GeneratedRegex(@"^(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:News|Press|Times|Post|Wire|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle|Agency|Network|Daily|Observer|Examiner|Inquirer|Globe|Standard|Mail|Express|Mirror|Sun|Star|Magazine|Review|Report|Radio|TV|Television|Media|Newswire|Bulletin|Courier|Dispatch|Register|Record|Ledger|Beacon|Monitor|Insider|Sentinel|Citizen|Advocate|Enquirer|Independent|Guardian|Pioneer|Patriot|Bee|Statesman)$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletShape();
}
