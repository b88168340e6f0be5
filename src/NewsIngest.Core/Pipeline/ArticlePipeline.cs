using System.Security.Cryptography;
using NewsIngest.Core.Cleaning;
using NewsIngest.Core.Html;
using NewsIngest.Core.Model;
using NewsIngest.Core.Parsing;
using NewsIngest.Core.Reading;
using NewsIngest.Core.Text;
using NewsIngest.Core.Warc;

namespace NewsIngest.Core.Pipeline;

/// <summary>
/// The whole per-file path from bytes to a clean <see cref="Article"/>: unpack gzip, refuse binary content, send
/// HTML (by name or by content) to the HTML parser and everything else through the text decoder and parser, then
/// detect the body's language. Stateless and thread-safe: build one and share it across workers.
/// </summary>
public sealed class ArticlePipeline(ParseOptions options)
{
    public ArticlePipeline()
        : this(new ParseOptions())
    {
    }

    public ParseOptions Options { get; } = options;

    public ParseOutcome Parse(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return ParseBounded(path, bytes);
        }
        catch (PageTooComplexException ex)
        {
            return new ParseOutcome.Failure(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), ex.Message);
        }
    }

    private ParseOutcome ParseBounded(string path, ReadOnlySpan<byte> bytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (GzipInput.IsGzip(bytes))
        {
            if (!GzipInput.TryDecompress(bytes, out var inflated))
            {
                return new ParseOutcome.Failure(path, sha, "not text: a gzip archive that cannot be unpacked, or that unpacks to more than the size limit");
            }

            var inner = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
            if (BinarySignatures.Detect(inflated) is { } packed)
            {
                return new ParseOutcome.Failure(path, sha, $"not text: a gzip archive that holds {packed}");
            }

            if (HtmlSniffer.LooksLikeHtml(inner, inflated))
            {
                return Finish(CleanHtml(HtmlArticleParser.ParseWithDeclaredTitle(path, sha, inflated, Options)));
            }

            // A text article kept compressed (news dumps come as .txt.gz): read as the text it holds; a tar or any
            // other binary inside is refused for what it is.
            return ArticleDecoder.Decode(inflated) switch
            {
                DecodeOutcome.Decoded decoded => Finish(TextArticleParser.Parse(path, sha, decoded.Value, Options)),
                DecodeOutcome.Rejected rejected => new ParseOutcome.Failure(path, sha, $"a gzip archive that holds no article: {rejected.Reason}"),
                _ => throw new InvalidOperationException("unknown decode outcome"),
            };
        }

        if (!bytes.IsEmpty && BinarySignatures.Detect(bytes) is { } kind)
        {
            return new ParseOutcome.Failure(path, sha, $"not text: looks like {kind}");
        }

        if (HtmlSniffer.LooksLikeHtml(path, bytes))
        {
            return Finish(CleanHtml(HtmlArticleParser.ParseWithDeclaredTitle(path, sha, bytes, Options)));
        }

        return ArticleDecoder.Decode(bytes) switch
        {
            DecodeOutcome.Decoded decoded => Finish(TextArticleParser.Parse(path, sha, decoded.Value, Options)),
            DecodeOutcome.Rejected rejected => new ParseOutcome.Failure(path, sha, rejected.Reason),
            _ => throw new InvalidOperationException("unknown decode outcome"),
        };
    }

    /// <summary>
    /// A page out of a web archive: the HTTP header's type picks the parser (no sniffing of names), its charset outranks
    /// the page's own, and the fetch address is evidence for the date and the source (<see cref="UrlEvidence"/>).
    /// </summary>
    public ParseOutcome ParsePage(WebPage page)
    {
        var bytes = page.Payload;
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (bytes.Length == 0)
        {
            return new ParseOutcome.Failure(page.Path, sha, "the page's payload is empty");
        }

        if (BinarySignatures.Detect(bytes) is { } kind)
        {
            return new ParseOutcome.Failure(page.Path, sha, $"not text: the payload looks like {kind}");
        }

        var options = Options with { PageUrl = page.Url };
        if (page.IsHtml)
        {
            var article = CleanHtml(HtmlArticleParser.ParseWithDeclaredTitle(page.Path, sha, HtmlCharset.Decode(bytes, page.Charset), options));
            return Finish(UrlEvidence.Apply(article, page, options));
        }

        return ArticleDecoder.Decode(bytes) switch
        {
            DecodeOutcome.Decoded decoded => Finish(UrlEvidence.Apply(TextArticleParser.Parse(page.Path, sha, decoded.Value, options), page, options)),
            DecodeOutcome.Rejected rejected => new ParseOutcome.Failure(page.Path, sha, rejected.Reason),
            _ => throw new InvalidOperationException("unknown decode outcome"),
        };
    }

    /// <summary>
    /// The same boilerplate cleaner as for text runs on the extracted paragraphs, so both formats behave alike. The title
    /// it compares the opening paragraph with is the one the page declares: a visible headline worded otherwise is
    /// the page's heading, which the extractor keeps in the body as well.
    /// </summary>
    private static Article CleanHtml((Article Article, string? DeclaredTitle) parsed)
    {
        var (article, declaredTitle) = parsed;
        var cleaned = BoilerplateCleaner.Clean([.. article.Paragraphs], declaredTitle);
        return cleaned.Removed.Count == 0
            ? article
            : article with { Body = string.Join("\n\n", cleaned.Paragraphs), Boilerplate = [.. article.Boilerplate, .. cleaned.Removed] };
    }

    private static ParseOutcome.Success Finish(Article parsed)
    {
        var article = ControlCharacters.Strip(parsed);
        return new(article.Language is null ? article with { Language = LanguageDetector.Detect(article.Body) } : article);
    }
}
