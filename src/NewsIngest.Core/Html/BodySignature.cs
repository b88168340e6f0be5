using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// The writer's name signed under the story, read when nothing above it names one: the article's last paragraph is
/// a labelled byline ("Autor: Ann Lee", "Text: Ann Lee", "Von Ann Lee"), or a person's name alone that the page sets
/// apart as a signature (bold or italic throughout, or aligned right). A bare name without that setting is not
/// taken: a closing paragraph of two capitalised words is as often a greeting or a heading ("Liebe Grüße").
/// Two more ways a statement or a report is signed: a name led by a dash ("– Ann Lee"), and a name followed by the
/// signer's office on a line of its own ("Ann Lee" over "Pressesprecherin der Stadt").
/// </summary>
internal static partial class BodySignature
{
    private const int MaxChars = 70;
    private const int MinStoryParagraphs = 2;

    public static IReadOnlyList<string> Find(IDocument document, IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count <= MinStoryParagraphs || paragraphs[^1] is not { Length: > 3 and <= MaxChars } last)
        {
            return [];
        }

        // "– Ann Lee" closing a report: the dash sets the name apart as a signature does.
        if (DashLed().Match(last) is { Success: true } dashed)
        {
            var dashedName = dashed.Groups["name"].Value.Trim();
            return AuthorNames.OneName(dashedName) && !Closing().IsMatch(dashedName) ? [dashedName] : [];
        }

        // "Ann Lee" over "Bundesvorsitzende": the office under the name is the signer's, and the name above it is hers.
        if (Office().IsMatch(last) && !last.EndsWith('.') && paragraphs[^2] is { Length: <= MaxChars } above
            && AuthorNames.WithoutHonorific(above) is var signer && AuthorNames.OneName(signer))
        {
            return [signer];
        }

        if (Labelled().IsMatch(last))
        {
            var names = AuthorNames.Split(last);
            return names.Count is > 0 and <= 3 && names.All(AuthorNames.PersonShaped) ? names : [];
        }

        return AuthorNames.OneName(last) && !Closing().IsMatch(last) && SetApart(document, last) ? [last] : [];
    }

    /// <summary>
    /// Whether the page sets the name apart: the last block on the page holding exactly this text is bold or italic
    /// throughout, or aligned right, as a signature is set.
    /// </summary>
    private static bool SetApart(IDocument document, string name)
    {
        IText? found = null;
        foreach (var text in document.Body?.Descendants<IText>() ?? [])
        {
            if (text.Data.Length < name.Length + 200 && HtmlText.Collapse(text.Data) == name)
            {
                found = text;
            }
        }

        var emphasised = false;
        for (var e = found?.ParentElement; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            emphasised |= e.LocalName is "b" or "strong" or "em" or "i";
            if (e.LocalName is "p" or "div" or "td" or "li" or "section" or "article" or "center" or "blockquote")
            {
                if (HtmlText.Collapse(e.TextContent) != name)
                {
                    return false;
                }

                return emphasised || AlignedRight(e);
            }
        }

        return false;
    }

    private static bool AlignedRight(IElement block) =>
        string.Equals(block.GetAttribute("align"), "right", StringComparison.OrdinalIgnoreCase)
        || block.GetAttribute("style")?.Replace(" ", "", StringComparison.Ordinal).Contains("text-align:right", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A closing formula set in bold as a signature would be ("Liebe Grüße", "Guten Appetit", "Best Wishes").</summary>
    [GeneratedRegex(@"\b(?:grüße|grüsse|gruß|gruss|dank|danke|appetit|spaß|spass|erfolg|fazit|tipp|hinweis|regards|wishes|thanks|cheers|greetings|love|enjoy|update|ende|end)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();

    /// <summary>A name led by a dash as a report's signature: "– Ann Lee", "— Ann Lee", "-- Ann Lee" (a single hyphen is a list's bullet).</summary>
    [GeneratedRegex(@"^(?:[–—]|--)\s*(?<name>\p{Lu}[^\d,;:()]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashLed();

    /// <summary>An office as a signer writes it under the name: spokesperson, chair, president, director, editor, head.</summary>
    [GeneratedRegex(@"(?:sprecher|vorsitzend|präsident|leiter|leitung|direktor|geschäftsführ|redakteur|referent|beauftragt|vorstand|sekretär|rektor|korrespondent|\b(?:spokes(?:man|woman|person)|chair(?:man|woman|person)?|president|director|editor|secretary|officer|correspondent|head of)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    /// <summary>A byline's label opening the paragraph: "Autor:", "Autorin:", "Text:", "Author:", "Von", "By".</summary>
    [GeneratedRegex(@"^(?:(?:autor(?:in|en)?|authors?|auteur|text|texte|verfasser(?:in)?)\s*:|(?:von|by|par)\s+(?=\p{Lu}))\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}
