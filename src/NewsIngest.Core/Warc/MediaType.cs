namespace NewsIngest.Core.Warc;

/// <summary>Splits a Content-Type value into its media type and charset.</summary>
public static class MediaType
{
    public static (string? Type, string? Charset) Parse(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return (null, null);
        }

        var parts = contentType.Split(';', StringSplitOptions.TrimEntries);
        var type = parts[0].ToLowerInvariant();
        string? charset = null;
        foreach (var parameter in parts.Skip(1))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = parameter[(equals + 1)..].Trim().Trim('"', '\'').ToLowerInvariant();
                charset = charset.Length == 0 ? null : charset;
            }
        }

        return (type.Length == 0 ? null : type, charset);
    }

    /// <summary>Whether the type is a page NewsIngest reads: HTML, XHTML or plain text.</summary>
    public static bool IsHtml(string? type) => type is "text/html" or "application/xhtml+xml";

    public static bool IsText(string? type) => type is "text/plain";
}
