using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// Credits a page prints where no byline is, read when nothing else names a writer: the editor's line of a Chinese
/// news page ("责任编辑：焦鹏", or its writer "作者：林静"), a magazine's credits list ("Interview" over the
/// interviewer's name), and the press contact of a press release ("Pressekontakt", "Media contact", or a name over
/// "Pressesprecherin"), whom such pages credit with the release.
/// </summary>
internal static partial class CreditLines
{
    private const int MaxElements = 15000;
    private const int MaxBlockChars = 600;

    /// <summary>The writer, or else the editor, a Chinese page names on a line of its own; nothing when it names none.</summary>
    public static IReadOnlyList<string> Chinese(IDocument document)
    {
        string? editor = null;
        var seen = 0;
        foreach (var text in document.Body?.Descendants<IText>() ?? [])
        {
            if (++seen > MaxElements)
            {
                break;
            }

            // The cheap test first: a colon after one of the labels' characters.
            if (text.Data.Length > 60 || text.Data.AsSpan().IndexOfAny('：', ':') < 0 || text.ParentElement is not { } parent
                || HtmlText.Collapse(text.Data) is not { Length: >= 3 } line)
            {
                continue;
            }

            // "作者：" in one element and the name in the next: the label's line goes on into it.
            if (ChineseLabelOnly().IsMatch(line) && parent.NextElementSibling is { } next && text.NextSibling is null)
            {
                line += HtmlText.Collapse(next.TextContent);
            }

            if (ChineseCredit().Match(line) is not { Success: true } credit || parent.Closest("script, style, nav, form") is not null || PageRegions.InComments(parent))
            {
                continue;
            }

            if (credit.Groups["label"].Value.Contains('编', StringComparison.Ordinal) || credit.Groups["label"].Value.Contains('編', StringComparison.Ordinal))
            {
                editor ??= credit.Groups["name"].Value;
                continue;
            }

            return [credit.Groups["name"].Value];
        }

        return editor is null ? [] : [editor];
    }

    /// <summary>
    /// The writer in a list of credits set as pairs of a role and a name ("Interview" over "SVEN MICHAELSEN", then
    /// "Fotograf" over the photographer's): the name after a writer's role, in an element classed as a label or
    /// credit, or a <c>dt</c> or <c>th</c>.
    /// </summary>
    public static IReadOnlyList<string> RoleCredit(IDocument document)
    {
        var seen = 0;
        foreach (var text in document.Body?.Descendants<IText>() ?? [])
        {
            if (++seen > MaxElements)
            {
                break;
            }

            // The role's text alone in its element, read before anything about the element is.
            if (text.Data.Length > 40 || text.ParentElement is not { } label || !WriterRole().IsMatch(HtmlText.Collapse(text.Data))
                || label.ChildElementCount > 1 || label.NextElementSibling is not { } value
                || !(label.LocalName is "dt" or "th" || ClassPatterns.Signature(label) is var signature && (signature.Contains("label", StringComparison.Ordinal) || signature.Contains("credit", StringComparison.Ordinal)))
                || HtmlText.Collapse(label.TextContent) != HtmlText.Collapse(text.Data) || value.TextContent.Length > 200 || PageRegions.InComments(label))
            {
                continue;
            }

            var names = AuthorNames.Split(HtmlText.Collapse(value.TextContent));
            return names.Count is > 0 and <= 3 && names.All(AuthorNames.PersonShaped) ? names : [];
        }

        return [];
    }

    /// <summary>
    /// The person a press release names as its contact: the first name under a "Pressekontakt" or "Media contact"
    /// label, with a telephone number or an address under it, or a name over the office of a press spokesperson.
    /// </summary>
    public static IReadOnlyList<string> PressContact(IDocument document)
    {
        // Only the blocks around a text that speaks of the press are cut into lines: a label or an office is there.
        var tried = new HashSet<IElement>();
        var seen = 0;
        foreach (var text in document.Body?.Descendants<IText>() ?? [])
        {
            if (++seen > MaxElements)
            {
                break;
            }

            if (text.Data.Length > MaxBlockChars || !PressWords().IsMatch(text.Data))
            {
                continue;
            }

            // The block holding the text, and the two around it: a name and the office under it may sit in blocks of their own.
            var block = text.ParentElement?.Closest("p, div, td, li, address, section, aside");
            for (var level = 0; block is not null && level < 3 && tried.Add(block); level++, block = block.ParentElement?.Closest("p, div, td, li, address, section, aside"))
            {
                if (block.TextContent.Length > MaxBlockChars * 3 || HtmlText.Collapse(block.TextContent).Length > MaxBlockChars
                    || block.Closest("nav, form") is not null || PageRegions.InComments(block))
                {
                    break;
                }

                // "<p><b>Media contact</b></p><p>Ann Lee<br>…</p>": a label closing its block goes on into the next one.
                var lines = Lines(block);
                if (lines.Count > 0 && PressLabel().IsMatch(lines[^1]) && block.NextElementSibling is { } next)
                {
                    lines.AddRange(Lines(next));
                }

                if (Contact(lines) is { } name)
                {
                    return [name];
                }
            }
        }

        return [];
    }

    /// <summary>The contact in a block's lines: under a press label and over a way to reach them, or over a press office.</summary>
    private static string? Contact(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (PressLabel().IsMatch(lines[i]))
            {
                for (var j = i + 1; j < Math.Min(lines.Count, i + 4); j++)
                {
                    if (Person(lines[j]) is { } name)
                    {
                        return lines.Skip(j + 1).Take(3).Any(l => Reach().IsMatch(l) || PressOffice().IsMatch(l)) ? name : null;
                    }
                }
            }
            else if (i > 0 && PressOffice().IsMatch(lines[i]) && lines[i].Length <= 120 && Person(lines[i - 1]) is { } signer)
            {
                return signer;
            }
        }

        return null;
    }

    /// <summary>A person's name on a line of its own, without an academic title; "Pressestelle der Stadt" is none.</summary>
    private static string? Person(string line) =>
        AuthorNames.WithoutHonorific(line) is var name && AuthorNames.OneName(name) && !PressWords().IsMatch(name) ? name : null;

    /// <summary>A block's text cut into its lines: at line breaks and at the edges of the blocks inside it.</summary>
    private static List<string> Lines(IElement block)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        Collect(block, lines, current);
        Flush(lines, current);
        return lines;
    }

    private static void Collect(INode node, List<string> lines, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data).Append(' ');
                    break;
                case IElement { LocalName: "br" }:
                    Flush(lines, current);
                    break;
                case IElement { LocalName: "script" or "style" }:
                    break;
                case IElement element when Inline(element):
                    Collect(element, lines, current);
                    break;
                case IElement element:
                    Flush(lines, current);
                    Collect(element, lines, current);
                    Flush(lines, current);
                    break;
            }
        }
    }

    private static bool Inline(IElement element) =>
        element.LocalName is "a" or "span" or "strong" or "b" or "em" or "i" or "small" or "font" or "u" or "abbr" or "sup" or "sub";

    private static void Flush(List<string> lines, StringBuilder current)
    {
        if (HtmlText.Collapse(current.ToString()) is { Length: > 0 } line)
        {
            lines.Add(line);
        }

        current.Clear();
    }

    /// <summary>A writer's or an editor's label and a name in Chinese script: "责任编辑：焦鹏", "[责任编辑:肖春芳]", "作者：林静".</summary>
    [GeneratedRegex(@"^[\[【(（]?\s*(?<label>作者|记者|記者|撰文|责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,5})\s*[\]】)）]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseCredit();

    [GeneratedRegex(@"^(?:作者|记者|記者|撰文|责任编辑|責任編輯|编辑|編輯)\s*[:：]$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseLabelOnly();

    /// <summary>A writer's role in a credits list: "Text", "Interview", "Words", "Autorin", "Story".</summary>
    [GeneratedRegex(@"^(?:text|texte|words|interview|autor(?:in)?|author|auteur(?:e)?|story|reportage|redaktion|written by|text und interview|interview und text)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriterRole();

    /// <summary>Words that mark a block as a press contact's, found before the block is cut into lines.</summary>
    [GeneratedRegex(@"presse|press|medien|media", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PressWords();

    /// <summary>A press contact's label on a line of its own: "Pressekontakt:", "Media contact", "Contact presse".</summary>
    [GeneratedRegex(@"^(?:presse-?\s?kontakte?|medienkontakte?|kontakt für (?:die )?(?:presse|medien)|ansprechpartner(?:in)? (?:für )?(?:die )?presse|press(?:e)? contacts?|media (?:contacts?|enquiries|inquiries)|contacts? presse|for media (?:enquiries|inquiries))\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PressLabel();

    /// <summary>A press spokesperson's office, as written under the name: "Pressesprecherin", "Press Officer".</summary>
    [GeneratedRegex(@"pressesprecher|pressereferent|medienreferent|mediensprecher|\bpress (?:officer|secretary|spokes(?:man|woman|person))\b|\bmedia relations (?:officer|manager)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PressOffice();

    /// <summary>A way to reach the contact: a telephone number or an e-mail address.</summary>
    [GeneratedRegex(@"^(?:tel|telefon|phone|fon|fax|mobil|mobile|e-?mail|mail)\b|@|\+\d{2}|\(0\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reach();
}
