using System.Text.RegularExpressions;

namespace NewsIngest.Core.Html;

/// <summary>
/// Whether a name given as an author is the outlet itself: its name in any form ("Harbour Post", "HarbourPost.com",
/// "HP", the same words in another order), or its name trailing a person's.
/// </summary>
public static partial class HtmlMetadataExtractor
{
    /// <summary>Drops the outlet itself when it was given as an author, and its name when it trails a person's ("Ann Lee MetroVoice").</summary>
    private static List<string> Usable(IEnumerable<string> names, string? site) =>
        [.. names.Select(n => WithoutOutlet(n, site)).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(10)];

    /// <summary>
    /// The name is the outlet's: the same words, or the same letters once spaces, dots and a web address's ending are
    /// set aside where the site is named by its web address ("Valle Herald" on "ValleHerald.com"), or one part of a site name
    /// that a separator joins to the page's title ("Die Laterne" on "Ruhige Straßen | Die Laterne").
    /// </summary>
    private static bool IsOutlet(string name, string site)
    {
        if (string.Equals(name, site, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Bündnis 90/Die Grünen Bundestagsfraktion" on "Bundestagsfraktion Bündnis 90/Die Grünen": the same words in
        // another order.
        if (SameWords(name, site))
        {
            return true;
        }

        // "JF" on "Junge Freiheit": the initials of the site's name are its short name.
        if (name.Length is >= 2 and <= 5 && name.All(char.IsUpper) && SiteInitials(site) == name)
        {
            return true;
        }

        var key = Letters(name);
        if (key.Length < 5)
        {
            return false;
        }

        foreach (var part in site.Split(TitleCleaner.Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Letters alone only against a web address: "Ann Lee" is the person, not the outlet, on "AnnLee" or "Ann Lee | Blog".
            if (part.Contains(' ', StringComparison.Ordinal) ? string.Equals(part, name, StringComparison.OrdinalIgnoreCase)
                : part.Contains('.', StringComparison.Ordinal) && Letters(WebEnding().Replace(part, string.Empty)) == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The initials of a site name of two words or more ("JF" for "JUNGE FREIHEIT"); empty for one word.</summary>
    private static string SiteInitials(string site)
    {
        var words = site.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? "" : string.Concat(words.Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])));
    }

    /// <summary>Whether the name and the site's name are the same three or more words, in any order.</summary>
    private static bool SameWords(string name, string site)
    {
        var words = Words(name);
        return words.Length >= 3 && words.SequenceEqual(Words(site), StringComparer.OrdinalIgnoreCase);

        static string[] Words(string text) =>
            [.. text.Split([' ', '/', '-', '|', ','], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// An organisation's name that is the outlet's: the site's or the publisher's name, or one that spells the web
    /// address's own name ("CBS News" on cbsnews.com, "oe24.at" on auto.oe24.at, "Redakcja Forsal.pl" on forsal.pl).
    /// </summary>
    private static bool OutletByName(string name, string? site, string? publisher, string? url) =>
        (site is not null && IsOutlet(name, site)) || (publisher is not null && IsOutlet(name, publisher)) || SpellsAddress(name, url);

    /// <summary>
    /// A name that spells the web address's own name and does not open with a given name: "heise online" on heise.de
    /// is the outlet, "Ann Lee" on annlee.example is the person whose site it is.
    /// </summary>
    private static bool AddressNamed(string name, string? url) =>
        SpellsAddress(name, url) && !GivenNames.Contains(name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : "");

    private static bool SpellsAddress(string name, string? url)
    {
        if (HostOf(url) is not { } host)
        {
            return false;
        }

        // The name before the address's ending: "cbsnews" of www.cbsnews.com, "bbc" of www.bbc.co.uk.
        var labels = host.Split('.');
        var end = labels.Length - 1;
        if (end >= 2 && labels[end - 1] is "co" or "com" or "org" or "net" or "gov" or "ac")
        {
            end--;
        }

        return end >= 1 && Letters(labels[end - 1]) is { Length: >= 3 } own && Letters(name).Contains(own, StringComparison.Ordinal);
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    /// <summary>A web address's scheme, "www." and ending ("https://www.", ".com", ".co.uk").</summary>
    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?|(?:\.(?:co|com|org|net))?\.\p{L}{2,6}/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebEnding();

    private static string WithoutOutlet(string name, string? site)
    {
        if (site is null || site.Length < 3)
        {
            return name;
        }

        if (IsOutlet(name, site))
        {
            return string.Empty;
        }

        // "MetroVoice - Ann Lee": the outlet's name set before the person's.
        foreach (var separator in (ReadOnlySpan<string>)[" - ", " | ", ": ", " – "])
        {
            if (name.StartsWith(site + separator, StringComparison.OrdinalIgnoreCase) && name.Length > site.Length + separator.Length + 2)
            {
                return name[(site.Length + separator.Length)..].Trim();
            }
        }

        // "Ann Lee MetroVoice": the outlet's name after the person's. What is left must still be a name: "Recipe by
        // MetroVoice" credits the outlet, and leaves no one.
        var suffix = " " + site;
        if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length - suffix.Length >= 3 && name[..^suffix.Length].Contains(' ', StringComparison.Ordinal))
        {
            var person = name[..^suffix.Length].Trim();
            return AuthorNames.Split(person) is [var only] ? only : string.Empty;
        }

        return name;
    }
}
