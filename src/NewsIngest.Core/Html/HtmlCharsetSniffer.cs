using System.Text;
using System.Text.RegularExpressions;

namespace NewsIngest.Core.Html;

/// <summary>Finds the charset a page declares in its first bytes, as browsers do before parsing.</summary>
internal static partial class HtmlCharsetSniffer
{
    /// <summary>Browsers look this far; a declaration later than that is not honoured.</summary>
    private const int PrescanBytes = 4096;

    /// <summary>The WHATWG label of the declared charset (<c>utf-8</c>, <c>windows-1252</c>, ...), or null.</summary>
    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var tag = meta.Value;
            if (CharsetAttribute().Match(tag) is { Success: true } charset)
            {
                return Canonical(charset.Groups[1].Value);
            }
        }

        return XmlProlog().Match(head) is { Success: true } xml ? Canonical(xml.Groups[1].Value) : null;
    }

    /// <summary>Labels folded as the WHATWG encoding standard does: Latin-1 and ASCII are read as Windows-1252.</summary>
    internal static string Canonical(string label) => label.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8" => "utf-8",
        "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252" or "iso_8859-1" => "windows-1252",
        // A page cannot really be UTF-16 without a BOM here (the ASCII prescan found the declaration), so it is UTF-8.
        "utf-16" or "utf-16le" or "utf-16be" => "utf-8",
        var other => other,
    };

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlProlog();
}
