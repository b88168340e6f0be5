namespace NewsIngest.Core.Html;

/// <summary>
/// A linear pre-pass over a page's markup, before the real HTML parser sees it: it counts the tags and follows how
/// deep elements nest, as a browser would, closely enough to bound the work. Tree builders cost time in proportion
/// to the depth for every tag they open (scope checks walk the stack of open elements), and so do the tree walks
/// after them, so a page of 100,000 unclosed <c>&lt;div&gt;</c> takes minutes. Tags that would open an element deeper
/// than the limit are blanked out (their text stays), which caps the depth the parser builds. Pages within the
/// limit come back unchanged, the same string.
/// </summary>
public static class HtmlNesting
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    // Their content is text to the tokenizer, so a "<div>" inside a script opens nothing.
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    // A start tag of one of these closes an open one of the same name directly above it (<p>one<p>two).
    private static readonly HashSet<string> SiblingClosed = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "rb", "rt", "rp",
    };

    // Formatting elements closed by another element's end tag stay on the parser's list of active formatting
    // elements and are opened again, nested, before the next text: a page can stack them without nesting its tags.
    private static readonly HashSet<string> FormattingElements = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>
    /// The markup with nesting capped at <paramref name="maxDepth"/>, how deep it went, and how many tags it holds.
    /// </summary>
    public static NestingScan Limit(string html, int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        var open = new List<string>();
        var foreign = 0;
        var deepest = 0;
        var tags = 0;
        var dropped = 0;
        var lingering = 0;
        List<(int Start, int End)>? blanked = null;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipMarkupDeclaration(html, lt);
                continue;
            }

            var closing = next == '/';
            var nameStart = lt + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var tagEnd = TagEnd(html, nameEnd);
            var selfClosing = tagEnd < html.Length && html[tagEnd - 1] == '/';
            i = Math.Min(html.Length, tagEnd + 1);
            tags++;
            if (closing)
            {
                var at = open.LastIndexOf(name);
                if (at >= 0)
                {
                    foreign -= open.Skip(at).Count(IsForeignRoot);
                    lingering += open.Skip(at + 1).Count(FormattingElements.Contains);
                    open.RemoveRange(at, open.Count - at);
                }
                else if (lingering > 0 && FormattingElements.Contains(name))
                {
                    lingering--;
                }
                else if (dropped > 0)
                {
                    dropped--;
                    (blanked ??= []).Add((lt, i));
                }

                continue;
            }

            if (VoidElements.Contains(name) || (selfClosing && foreign > 0))
            {
                continue;
            }

            if (SiblingClosed.Contains(name) && open.Count > 0 && open[^1] == name)
            {
                open.RemoveAt(open.Count - 1);
            }

            // Counted as open, the lingering formatting elements bound what the parser may open again.
            if (open.Count + lingering >= maxDepth)
            {
                dropped++;
                (blanked ??= []).Add((lt, i));
                deepest = Math.Max(deepest, open.Count + lingering + dropped);
            }
            else
            {
                open.Add(name);
                foreign += IsForeignRoot(name) ? 1 : 0;
                deepest = Math.Max(deepest, open.Count + lingering);
            }

            if (RawTextElements.Contains(name))
            {
                i = SkipRawText(html, i, name);
            }
        }

        return new NestingScan(blanked is null ? html : Blank(html, blanked), deepest, tags, blanked is not null);
    }

    private static bool IsForeignRoot(string name) => name is "svg" or "math";

    private static bool IsNameEnd(char c) => c is '>' or '/' || char.IsWhiteSpace(c);

    /// <summary>The index of the <c>&gt;</c> that ends a tag (quoted attribute values may hold one), or the end of the text.</summary>
    private static int TagEnd(string html, int from)
    {
        var j = from;
        while (j < html.Length)
        {
            var c = html[j];
            if (c == '>')
            {
                return j;
            }

            j++;
            if (c != '=')
            {
                continue;
            }

            while (j < html.Length && char.IsWhiteSpace(html[j]))
            {
                j++;
            }

            if (j < html.Length && html[j] is '"' or '\'')
            {
                var close = html.IndexOf(html[j], j + 1);
                j = close < 0 ? html.Length : close + 1;
            }
        }

        return html.Length;
    }

    private static int SkipMarkupDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var close = html.IndexOf('>', lt + 2);
        return close < 0 ? html.Length : close + 1;
    }

    private static int SkipRawText(string html, int from, string name)
    {
        var j = from;
        while (true)
        {
            var end = html.IndexOf("</", j, StringComparison.Ordinal);
            if (end < 0)
            {
                return html.Length;
            }

            if (string.Compare(html, end + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return end;
            }

            j = end + 2;
        }
    }

    private static string Blank(string html, List<(int Start, int End)> spans)
    {
        var chars = html.ToCharArray();
        foreach (var (start, end) in spans)
        {
            chars.AsSpan(start, end - start).Fill(' ');
        }

        return new string(chars);
    }
}
