namespace NewsIngest.Core.Html;

/// <summary>Tells whether a file is an HTML page, by its name or by the first bytes of its content.</summary>
public static class HtmlSniffer
{
    private static readonly string[] Extensions = [".html", ".htm", ".xhtml", ".shtml"];

    private static readonly string[] Openings = ["<!doctype html", "<html", "<head", "<body", "<?xml", "<meta", "<title"];

    /// <summary>
    /// True for <c>.html</c>, <c>.htm</c>, <c>.xhtml</c> (also with <c>.gz</c> after them) or content that opens,
    /// after a byte order mark, whitespace and comments, with a doctype or an <c>html</c>, <c>head</c> or <c>body</c> tag.
    /// </summary>
    public static bool LooksLikeHtml(string path, ReadOnlySpan<byte> bytes)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        foreach (var extension in Extensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return HasHtmlOpening(bytes);
    }

    /// <summary>True when the content opens like a page; an <c>&lt;?xml</c> prolog counts only when an html tag follows.</summary>
    public static bool HasHtmlOpening(ReadOnlySpan<byte> bytes)
    {
        var head = SkipPreamble(bytes[..Math.Min(bytes.Length, 2048)]);
        for (var guard = 0; guard < 8 && head.Length > 0; guard++)
        {
            if (StartsWithIgnoreCase(head, "<!--"))
            {
                var end = head.IndexOf("-->"u8);
                head = end < 0 ? [] : SkipPreamble(head[(end + 3)..]);
                continue;
            }

            if (StartsWithIgnoreCase(head, "<?xml"))
            {
                var end = head.IndexOf("?>"u8);
                head = end < 0 ? [] : SkipPreamble(head[(end + 2)..]);
                continue;
            }

            foreach (var opening in Openings)
            {
                if (opening != "<?xml" && StartsWithIgnoreCase(head, opening) && head.Length > opening.Length
                    && !char.IsAsciiLetterOrDigit((char)head[opening.Length]))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private static ReadOnlySpan<byte> SkipPreamble(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C)
        {
            i++;
        }

        return bytes[i..];
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, string prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (char.ToLowerInvariant((char)bytes[i]) != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
