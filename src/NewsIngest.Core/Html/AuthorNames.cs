using System.Text.RegularExpressions;
using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Html;

/// <summary>Turns a byline or author field ("By Ann Lee and Bo Chen, Staff Writers") into people's names, one each.</summary>
internal static partial class AuthorNames
{
    private const int MaxWords = 5;

    /// <param name="raw">The byline or field.</param>
    /// <param name="userNames">The text sits in markup that labels it the author's (a byline element): a user name with
    /// digits ("Rook7ie", "walker1979") is then a name too, which loose text never vouches for.</param>
    public static IReadOnlyList<string> Split(string raw, bool userNames = false)
    {
        // "Ann Lee (https://ann.example/)", "Ann Lee <ann@example.org>" and "Ann Lee www.annlee.example": the address
        // beside a name goes, the name stays.
        // "Ann Lee @annlee": a social handle beside a name goes too.
        // So does an e-mail address spelled out against harvesters ("ann[at]example.org"): no part of a name either.
        var text = HtmlText.Collapse(SpelledAddress().Replace(Handle().Replace(Address().Replace(raw, " "), " "), " "));
        if (text.Length == 0 || text.Length > 200 || text.Contains("://", StringComparison.Ordinal) || text.Contains('@'))
        {
            return [];
        }

        // ", par Léa Morel" after a date: the separator that set the byline apart goes before "par" can.
        // "Bund der Verbraucher e.V." and "Ann Lee, Nordwind GmbH": a company or association by its legal form is no
        // person; it goes whole, before "e" or "und" inside its name could split it into look-alike names.
        text = Organisation().Replace(text, " ").Trim();
        if (text.Length == 0)
        {
            return [];
        }

        // "Bundesministerium für Wirtschaft und Klimaschutz", "Department of Health": a body named by its office is no
        // person, and its "und" would otherwise split it into look-alike names ("Klimaschutz").
        if (OfficeBody().IsMatch(text))
        {
            return [];
        }

        // "Harbour Post, Kiel, Germany": a town and a country closing the field are an address, the outlet's or the
        // writer's, and no people.
        text = AddressTail().Replace(text, string.Empty);

        text = Prefix().Replace(text.TrimStart(',', ';', ' '), string.Empty);
        text = Trailer().Replace(text, string.Empty);

        // "By Nathan Willis March 25, 2015": the name ends where the date starts.
        // A digit inside a word ("Rook7ie", a user name) is no date.
        var digit = FirstNumber(text);
        if (digit > 0)
        {
            text = MonthTail().Replace(text[..digit], string.Empty);

            // "Mia Roth Fr, 3. Mai" and "Ben Ott Stand: 4.1.": a weekday or an "as of" word before the date, and
            // "Ana Ruiz Hace 13 horas": the word of a time ago ("vor", "hace", "há", "il y a").
            text = DateLeadTail().Replace(text, string.Empty);
        }

        // "Ann Lee (avec Bo Chen et Mia Roth)": the writers she worked with, in brackets, are writers too.
        text = WithOthers().Replace(text, ", ${others}");

        var parts = Separators().Split(text);

        // "hessenschau.de, Frankfurt, Germany": a field that names a web address describes the outlet, not people.
        if (parts.Any(p => Domain().IsMatch(p.Trim())))
        {
            return [];
        }

        var names = new List<string>();
        var afterOutlet = false;
        for (var i = 0; i < parts.Length; i++)
        {
            // "Ann Lee (Pressesprecherin)": a remark in brackets closing the name; one inside it ("Ann (Li) Lee") stays.
            var name = BracketTail().Replace(parts[i].Trim(), string.Empty).Trim(' ', '.', ',', ';', ':', '-', '–', '—', '|', '·', '•', '/', '(', ')');

            // "史蒂文的家_藍天 (stevenhgm)": trimming took the close of a bracket it cannot take the open of.
            if (name.LastIndexOf('(') is >= 0 and var open && name.IndexOf(')', open) < 0 && parts[i].TrimEnd().EndsWith(')'))
            {
                name += ")";
            }

            // The part closing a byline after a comma is the place the writer reports from where it follows the outlet
            // or agency she reports for ("By Ann Lee, Harbour News, New York"), or where it is one word and no given
            // name after full names ("Von Ann Lee, Berlin"): a second writer has a name of two words. One joined by
            // "and", or with more to follow, may be a second writer ("Ann Lee, Harbour News and Bo Chen").
            if (i == parts.Length - 1 && i > 0 && text.TrimEnd()[..^parts[i].TrimEnd().Length].TrimEnd().EndsWith(',')
                && (afterOutlet || names.Count > 0 && names.All(FullName) && OneWordPlace().IsMatch(name) && !GivenNames.Contains(name)))
            {
                break;
            }

            afterOutlet = names.Count > 0 && OutletOrAgency().IsMatch(name);

            // "Adam Roe Staff", "Adam Roe, Staff Writer" and "Adam Roe for The Courier": the role or the outlet written
            // for after a name is not part of it.
            name = RoleTail().Replace(name, string.Empty);
            name = RoleHead().Replace(name, string.Empty);

            // "Ann Lee/SP-X": an agency's short name set after the writer's, without spaces.
            name = AgencyTail().Replace(name, string.Empty);
            // "Ann Lee, IFZ": a short word in capitals after a name is her institute or agency, not a second writer.
            // "Grant Tinsley, PhD": a degree after a name is hers, not a second writer.
            if (names.Count > 0 && (name.Length <= 5 && !name.Contains(' ', StringComparison.Ordinal) && name.All(char.IsUpper) || Degree().IsMatch(name)))
            {
                continue;
            }

            // "Ann Lee, Projektleiterin der Stiftung in Kiel": after a person's full name, a phrase with a lower-case
            // word inside it that is no name's particle describes her; it is no second person. After one word
            // ("Von Fähren und Häfen, the ferries …") the line is a headline or a sentence, and stays whole to be judged.
            if (names.Count > 0 && names[0].Contains(' ', StringComparison.Ordinal) && Description(name))
            {
                continue;
            }

            if ((IsName(name) || (userNames && IsUserName(name))) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static int FirstNumber(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && !InLettersWord(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The digit at <paramref name="index"/> is inside a word that starts with a letter ("Rook7ie", "lee1984").</summary>
    private static bool InLettersWord(string text, int index)
    {
        var start = index;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return char.IsLetter(text[start]);
    }

    /// <summary>One word of letters and digits, a letter first and at least three of them ("Rook7ie", "delta201").</summary>
    private static bool IsUserName(string name) =>
        name.Length is >= 4 and <= 24 && char.IsLetter(name[0]) && name.Count(char.IsLetter) >= 3 && name.Any(char.IsAsciiDigit)
        && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.') && !NotAPerson().IsMatch(name) && !NumberedAccount().IsMatch(name);

    /// <summary>A numbered placeholder account ("user5", "guest_204"), which names no one.</summary>
    [GeneratedRegex(@"^(?:user|guest|gast|anonymous|anonym|member|nutzer|benutzer)[_-]?\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedAccount();

    /// <summary>Capitalised words with a lower-case one between the first and the last that no name holds ("in", "für", "at").</summary>
    private static bool Description(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && char.IsUpper(words[0][0])
            && words[1..^1].Any(w => char.IsLower(w[0]) && !TextBylines.Particles.Contains(w) && !w.Any(c => c == '-' || c == '.' || char.IsDigit(c)));
    }

    /// <summary>Two to four words, each capitalised (a name particle aside), of letters, hyphens, apostrophes and initials' dots.</summary>
    internal static bool PersonShaped(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && char.IsUpper(words[0][0])
            && words.All(w => TextBylines.Particles.Contains(w) || (char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '.' or '\'' or '’')))
            && words.Count(w => w.EndsWith('.')) < words.Length;
    }

    /// <summary>
    /// A full name as a byline writes it: shaped as a person's name (<see cref="PersonShaped"/>), the last word no
    /// initial ("Andreas R." and "Thomas W" are not).
    /// </summary>
    internal static bool FullName(string name) =>
        PersonShaped(name) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('.').Length > 1;

    /// <summary>Letters and digits only, lower case, accents removed: "Dàvid Lenér" and "david_lener" alike.</summary>
    internal static string Folded(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsLetterOrDigit(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(char.ToLowerInvariant));

    /// <summary>A person's name alone: shaped as one, and kept whole, as it is, by the name splitter.</summary>
    internal static bool OneName(string text) => PersonShaped(text) && Split(text) is [var only] && only == text;

    /// <summary>The name without the academic titles before it ("Prof. Dr. Ann Lee" gives "Ann Lee").</summary>
    internal static string WithoutHonorific(string text) => Honorific().Replace(text, "");

    private static bool IsName(string name)
    {
        // Two letters are initials ("mh" signs for a desk editor); shorter is nothing.
        if (name.Length < 2 || name.Length > 60 || !char.IsLetter(name[0]) || (name.Length == 2 && !char.IsLetter(name[1])))
        {
            return false;
        }

        // "Im Handel : Sommerheft" (an issue named in a box classed for authors): a colon inside is a label and its
        // value, never a person's name.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords || name.Any(char.IsDigit) || name.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        // "eurem Gartenteam", "unsere Redaktion", "so Beitrag teilen": a lower-case word before capitalised ones is
        // prose, not a name, unless it is a name's particle ("der Fenwick", "van Dijk") or a handle's ("tidy-up").
        if (words.Length > 1 && char.IsLower(words[0][0]) && !TextBylines.Particles.Contains(words[0])
            && !words[0].Any(c => c == '-' || char.IsDigit(c)) && words.Skip(1).Any(w => char.IsUpper(w[0])))
        {
            return false;
        }

        // "Lire l'article original", "Read the full story": a capitalised word before lower-case ones that are no name's
        // particles is a sentence, a link's text in a byline box ("Ana de la Torre" has capitals after its particles).
        if (words.Length >= 3 && char.IsUpper(words[0][0]) && words.Skip(1).All(w => char.IsLower(w[0]) && !TextBylines.Particles.Contains(w)))
        {
            return false;
        }

        // "Dezember" left of a date: a month written out is no one's name (short forms such as "Jan" may be).
        if (words.Length == 1 && name.Length >= 4 && MonthNames.IsMonth(name))
        {
            return false;
        }

        return !NotAPerson().IsMatch(name);
    }

    /// <summary>A name closed by a legal form (e.V., GmbH, AG, SE, Ltd, Inc, LLC, S.A.), up to the separator before it.</summary>
    [GeneratedRegex(@"[^,;|]*\s(?:e\.\s?V\.?|gGmbH|GmbH|mbH|AG|SE|KG|KGaA|eG|Ltd\.?|LLC|Inc\.?|Corp\.?|PLC|plc|S\.A\.|S\.L\.|S\.p\.A\.|B\.V\.|N\.V\.)(?=$|[\s,;|)])[^,;|]*", RegexOptions.CultureInvariant)]
    private static partial Regex Organisation();

    /// <summary>An academic or professional degree written after a name: "PhD", "Ph.D.", "MSc", "MPH", "RDN", "Dipl.-Ing.".</summary>
    [GeneratedRegex(@"^(?:ph\.?\s?d|d\.?phil|m\.?sc|b\.?sc|m\.?phil|mph|mba|llm|rdn?|cde|dds|dvm|pharm\.?d|dipl\.?-\w+)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Degree();

    /// <summary>
    /// A field opening with a body named by its office: one or two capitalised words and "für" ("Eidgenössisches
    /// Departement für …"), or one word and "of" ("Ministry of …"). Two words before "of" may be a person's ("Ann Lee of
    /// the Courier").
    /// </summary>
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+f(?:ü|ue)r|\p{Lu}[\p{L}-]*\s+of)\s+(?:the\s+|die\s+|den\s+|das\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeBody();

    /// <summary>A town and a country closing a field: ", Kiel, Germany", ", Frankfurt a. M., Deutschland".</summary>
    [GeneratedRegex(@",\s*[^,;|]{2,40},\s*(?:Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|Suisse|Svizzera|France|Italy|Italia|Spain|España|Netherlands|Nederland|Belgium|Belgique|Denmark|Sweden|Norway|Poland|USA|U\.S\.A\.|United States|UK|United Kingdom|Canada|Australia)\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressTail();

    [GeneratedRegex(@"[(<\[]\s*(?:\S*://\S*|\S+@\S+)\s*[)>\]]|(?<=\p{L}\s+)www\.[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}/?(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    /// <summary>An e-mail address with its "@" spelled out in brackets: "ann[at]example.org", "ann (at) example.org".</summary>
    [GeneratedRegex(@"\S*\w\s*[\[({]\s*at\s*[\])}]\s*[\w-]+(?:\s*(?:\.|[\[({]\s*dot\s*[\])}])\s*[\w-]+)+\S*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledAddress();

    /// <summary>A social-media handle standing as a word of its own ("@annlee"); an e-mail address has no space before its @.</summary>
    [GeneratedRegex(@"(?<=\s|^)@\w[\w.]*(?=\s|$|[,;|])", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    /// <summary>A web address written without a scheme ("harbour-news.de", "www.example.com").</summary>
    [GeneratedRegex(@"^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|info|biz|news|online|de|at|ch|it|fr|es|eu|nl|be|pl|cz|uk|us|io|tv|fm)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Domain();

    [GeneratedRegex(@"^(?:posted|published|written|updated)\s+on\s+[^|]{4,40}?\s+by\s+|^text\s*(?:und|&|and|\+)\s*(?:fotos?|bilder|photos?)\s*:?\s+|^(?:(?:alle[s]?|mehr|all|more|view\s+all)\s+(?:(?:posts?|articles?|stories|beiträge|artikel|texte)\s+)?(?:by|von|from)\s+)|^(?:(?:written|posted|published|reported|story|text|words|photos?|eingestellt|erstellt|gespeichert|geschrieben|verfasst|veröffentlicht|(?:ein\s+|blog\s*)?(?:artikel|beitrag)|gastbeitrag|pressemitteilung|press\s+release|(?:propos\s+)?recueilli(?:e|s|es)?)\s+)?(?:text\s+(?:und|&)\s+)?(?:by|von|vom|durch|par|por|di|door|av|autor(?:in|en)?|authors?|auteur|text|interview)\s*:?\s+|^redaktion\s*:\s*|^(?:author|autor)(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*(?:[|•·]|\b(?:alle\s+(?:artikel|beiträge)|all\s+(?:posts|articles|stories)|more\s+(?:posts|articles|stories)|weitere\s+(?:artikel|beiträge)|last\s+updated|updated|published|posted|edited\s+by|aktualisiert|zuletzt|geändert|last\s+modified|veröffentlicht|publiziert|mis à jour|publié|am|um|on|illustrations?|illustrationen|fotos?|photos?)\b|\bat\s+\d).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"\s*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthTail();

    [GeneratedRegex(@"(?:[\s,]+\b(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|stand|vor|hace|há|il y a|den|le|el)\b\.?)+[\s,:.\-–—]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLeadTail();

    /// <summary>What sets names apart: commas, "&amp;", " / " and "and" in several languages ("y" and "e" not as an initial before a name: "E. Ruiz", "Ana E. Ruiz").</summary>
    [GeneratedRegex(@"\s*(?:,|;|&|\s/\s|\band\b|\bund\b|\bet\b|\by\b(?!\.\s*\p{Lu})|\be\b(?!\.\s*\p{Lu})|\ben\b|\bog\b|\boch\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:staff|staff writer|reporter|correspondent|editor|editors|redaktion|the editors|admin|administrator|wordpressadmin|webmaster|publisher|redaktion|guest|anonymous|anónimo|anonimo|anonyme|unknown|redacción|redaccion|redação|rédaction|redazione|cortesía|cortesia|courtesy|news desk|newsroom|associated press|reuters|afp|dpa|ap|cnn|bbc|agencies|more|follow|contact|email|twitter|facebook|opinion|sponsored|view all posts|all posts|posts by|by|von|por|par|auteurs?|autor(?:in|en|innen|\*innen|:innen|_innen)?|authors?|datum|date|nachricht|no author|alle beiträge|kategorien?|categories|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|dr|mr|ms|de|da|di|du|la|le|el|al|in|of|to|an|et|im|zu|tv|us|uk|eu|mo|mi|do|fr|sa|so|stand|quelle|source)$|^(?:bild|foto|photo|quelle|фото)\b|©|\b(?:writer|reporter|correspondent|editor|contributor|columnist|author)s?$|^(?:follow|last)\b|\s(?:by|von|par|por)$|\b(?:news|media|press|inc|ltd|gmbh|com|edition)\b|^(?:public domain|domena publiczna|gemeinfrei|domaine public|dominio p[úu]blico|pubblico dominio|creative commons)$|文章|阅读|閱讀|评论|評論|分享|关注|關注|粉丝|粉絲|点赞|點讚|收藏|来源|來源", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAPerson();

    /// <summary>One capitalised word of letters, a town's name: "Berlin", "Frankfurt-Höchst" (not "IFZ", "TOGos", "kovarex").</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex OneWordPlace();

    /// <summary>An outlet or a news agency as a byline names it after the writer: "BBC News", "Reuters", "Harbour Press".</summary>
    [GeneratedRegex(@"^(?:associated press|reuters|afp|dpa|ap|apa|ansa|efe|epd|kna|sda|upi|cnn|bbc|agencies)$|\b(?:news|media|press|presse|nachrichten|noticias|nouvelles)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutletOrAgency();

    /// <summary>Academic titles before a name: "Dr. ", "Prof. Dr. ".</summary>
    [GeneratedRegex(@"^(?:(?:Prof|Dr)\.\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"(?<=\p{L}\S*\s+\S+)\s+(?:staff|staff\s+writer|staff\s+reporter|for(?:\s.*)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleTail();

    [GeneratedRegex(@"(?<=\p{Ll})/\p{Lu}[\p{Lu}\d-]{1,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyTail();

    /// <summary>A role set before a name ("Redakteurin Mia Roth", "Online-Experte Ben Ott"), as long as a name of two words follows.</summary>
    [GeneratedRegex(@"^(?:[\p{L}-]+-)?(?:experte|expertin|(?:rechts)?anwalt|(?:rechts)?anwältin|redakteur(?:in)?|chefredakteur(?:in)?|gastautor(?:in)?|korrespondent(?:in)?|kolumnist(?:in)?|reporter(?:in)?|columnist|correspondent)\s+(?=\p{Lu}\S*\s+\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleHead();

    [GeneratedRegex(@"(?<=\p{L}\S*\s+\S+)\s*\((?![^()]*\.\p{L}{2,}\))[^()]{2,60}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketTail();

    /// <summary>Co-writers named in brackets after the first: "(avec Bo Chen et Mia Roth)", "(with Bo Chen)", "(mit Bo Chen)".</summary>
    [GeneratedRegex(@"\s*\((?:avec|with|mit|con|com)\s+(?<others>[^()]+)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithOthers();
}
