using System.Buffers;
using System.Text;
using NewsIngest.Core.Model;
using NewsIngest.Core.Reading;

namespace NewsIngest.Core.Text;

/// <summary>
/// Control characters out of a record's text: C0 controls other than tab and line feed, DEL and the C1 range. A
/// terminal escape in a title (<c>ESC ]0;…BEL</c>) would act on the terminal of whoever later prints the store with
/// another tool, and a stray <c>U+0002</c>/<c>U+0003</c> would pass for the search snippets' highlight marks; none
/// is text a reader sees. One that stood between two words (a page break, a bell where a space was) leaves a space.
/// A C1 control that is a Windows-1252 byte read as Latin-1 somewhere before us ("don\u0092t") becomes the character
/// it stands for ("don’t").
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    /// <summary>The article with control characters out of every text field, and a warning saying how many went.</summary>
    public static Article Strip(Article article)
    {
        var (removed, repaired) = (0, 0);
        var title = Strip(article.Title, ref removed, ref repaired);
        var body = Strip(article.Body, ref removed, ref repaired)!;
        var source = Strip(article.Source, ref removed, ref repaired);
        var dateline = Strip(article.Dateline, ref removed, ref repaired);
        var authors = article.Authors;
        if (authors.Any(a => a.AsSpan().ContainsAny(Controls)))
        {
            var clean = new List<string>(authors.Count);
            foreach (var author in authors)
            {
                if (Strip(author, ref removed, ref repaired) is { Length: > 0 } name)
                {
                    clean.Add(name);
                }
            }

            authors = clean;
        }

        var boilerplate = article.Boilerplate;
        if (boilerplate.Any(b => b.Text.AsSpan().ContainsAny(Controls)))
        {
            var ignored = 0;
            boilerplate = [.. boilerplate.Select(b => b with { Text = Strip(b.Text, ref ignored, ref ignored)! })];
        }

        if (removed + repaired == 0 && ReferenceEquals(boilerplate, article.Boilerplate))
        {
            return article;
        }

        var warnings = removed + repaired == 0 ? article.Warnings : [.. article.Warnings, Warning(removed, repaired)];
        return article with
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Body = body,
            Source = string.IsNullOrWhiteSpace(source) ? null : source,
            Dateline = string.IsNullOrWhiteSpace(dateline) ? null : dateline,
            Authors = authors,
            Boilerplate = boilerplate,
            Warnings = warnings,
        };
    }

    private static ParseWarning Warning(int removed, int repaired)
    {
        var parts = new List<string>(2);
        if (removed > 0)
        {
            parts.Add($"{removed} control {(removed == 1 ? "character" : "characters")} (terminal escapes, bells, page breaks) removed");
        }

        if (repaired > 0)
        {
            parts.Add($"{repaired} C1 control {(repaired == 1 ? "character" : "characters")} read as the Windows-1252 {(repaired == 1 ? "character it stands" : "characters they stand")} for");
        }

        return new ParseWarning(WarningCodes.ControlCharacters, string.Join("; ", parts));
    }

    /// <summary>
    /// The text without control characters; <paramref name="removed"/> grows by how many went and
    /// <paramref name="repaired"/> by how many C1 controls became their Windows-1252 characters.
    /// </summary>
    public static string? Strip(string? text, ref int removed, ref int repaired)
    {
        if (text is null || text.AsSpan().IndexOfAny(Controls) is var first && first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        result.Append(text, 0, first);
        var afterRemoval = false;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!Controls.Contains(c))
            {
                // "Bell \a here" leaves one space, not two, and no space stays before a line break.
                if (afterRemoval && char.IsWhiteSpace(c) && result.Length > 0 && result[^1] == ' ')
                {
                    result[^1] = c;
                }
                else
                {
                    result.Append(c);
                }

                afterRemoval = false;
                continue;
            }

            if (Windows1252.ForC1(c) is { } meant)
            {
                result.Append(meant);
                repaired++;
                afterRemoval = false;
                continue;
            }

            removed++;
            if (c == '\u001B')
            {
                i = EscapeEnd(text, i);
            }

            // Between two words it stood for a break ("Panel\aon"): a space. Next to punctuation or a space it was nothing.
            if (result.Length > 0 && char.IsLetterOrDigit(result[^1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                result.Append(' ');
            }

            afterRemoval = true;
        }

        return result.ToString().Trim();
    }

    /// <summary>
    /// The last index of the terminal escape sequence that starts at <paramref name="escape"/>, so that its
    /// parameters do not stay behind as text ("[31m"): a CSI (<c>ESC [</c> parameters, final byte), an OSC
    /// (<c>ESC ]</c> up to BEL or <c>ESC \</c>), or a two-character escape. Anything else ends it at the escape itself.
    /// </summary>
    private static int EscapeEnd(string text, int escape)
    {
        const int MaxSequence = 256;
        if (escape + 1 >= text.Length)
        {
            return escape;
        }

        var kind = text[escape + 1];
        var limit = Math.Min(text.Length, escape + MaxSequence);
        if (kind == '[')
        {
            for (var i = escape + 2; i < limit; i++)
            {
                var c = text[i];
                if (c is >= '@' and <= '~')
                {
                    return i;
                }

                if (c is not (>= ' ' and <= '?'))
                {
                    break;
                }
            }

            return escape;
        }

        if (kind == ']')
        {
            for (var i = escape + 2; i < limit; i++)
            {
                if (text[i] == '\u0007')
                {
                    return i;
                }

                if (text[i] == '\u001B' && i + 1 < text.Length && text[i + 1] == '\\')
                {
                    return i + 1;
                }
            }

            return escape;
        }

        return kind is >= '@' and <= '_' ? escape + 1 : escape;
    }
}
