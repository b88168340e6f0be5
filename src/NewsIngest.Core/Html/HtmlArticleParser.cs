using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsIngest.Core.Dates;
using NewsIngest.Core.Model;
using NewsIngest.Core.Parsing;
using NewsIngest.Core.Reading;
using NewsIngest.Core.Text;

namespace NewsIngest.Core.Html;

/// <summary>
/// Parses a saved web page (bytes, gzipped or not) into an <see cref="Article"/>: charset, metadata with provenance,
/// the main text as paragraphs in page order, the language of that text, and warnings for what was doubtful.
/// The paragraphs are as on the page minus the structural furniture; the text boilerplate cleaner runs afterwards.
/// Thread-safe.
/// </summary>
public static class HtmlArticleParser
{
    private const int ShortBodyWords = 50;
    private const int MaxDateLineChars = 60;
    private const int MaxDateLineWords = 8;
    private const int MinStoryWords = 8;

    // AngleSharp's parser is cheap to reuse but not documented as thread-safe: one per thread.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions { IsScripting = false }));

    public static Article Parse(string path, string sha256, ReadOnlySpan<byte> bytes, ParseOptions options) =>
        ParseWithDeclaredTitle(path, sha256, bytes, options).Article;

    /// <exception cref="PageTooComplexException">The page has more tags than <see cref="HtmlLimits.MaxTags"/>.</exception>
    public static Article Parse(string path, string sha256, DecodedText text, ParseOptions options) =>
        ParseWithDeclaredTitle(path, sha256, text, options).Article;

    /// <summary>
    /// The article and the title the page's metadata declares (<see cref="HtmlMetadata.DeclaredTitle"/>): the later
    /// boilerplate pass drops an opening paragraph that repeats that one, as the extractor drops such a heading.
    /// </summary>
    internal static (Article Article, string? DeclaredTitle) ParseWithDeclaredTitle(string path, string sha256, ReadOnlySpan<byte> bytes, ParseOptions options)
    {
        if (GzipInput.IsGzip(bytes))
        {
            return GzipInput.TryDecompress(bytes, out var inflated)
                ? ParseWithDeclaredTitle(path, sha256, inflated, options)
                : (Empty(path, sha256, new ParseWarning(WarningCodes.EmptyBody, "the file is gzip-compressed but could not be unpacked (corrupt, or larger than the size cap)")), null);
        }

        return ParseWithDeclaredTitle(path, sha256, HtmlCharset.Decode(bytes), options);
    }

    /// <exception cref="PageTooComplexException">The page has more tags than <see cref="HtmlLimits.MaxTags"/>.</exception>
    internal static (Article Article, string? DeclaredTitle) ParseWithDeclaredTitle(string path, string sha256, DecodedText text, ParseOptions options)
    {
        var scan = HtmlNesting.Limit(text.Text, HtmlLimits.MaxDepth);
        if (scan.Tags > HtmlLimits.MaxTags)
        {
            throw new PageTooComplexException(
                $"{PageTooComplexException.Prefix}: the page has {scan.Tags:N0} tags, over the limit of {HtmlLimits.MaxTags:N0} for one page");
        }

        using var document = Parser.Value!.ParseDocument(scan.Html);
        var metadata = HtmlMetadataExtractor.Extract(document, options);
        var content = ContentExtractor.Extract(document, metadata.DeclaredTitle);
        var (paragraphs, dateline) = LiftDateline(content.Paragraphs);
        var body = string.Join("\n\n", paragraphs);

        if (metadata.Authors.Count == 0 && Unbylined(document, paragraphs, metadata.Source) is var (found, how))
        {
            metadata = metadata with { Authors = found, Provenance = new Dictionary<string, string>(metadata.Provenance, StringComparer.Ordinal) { ["authors"] = how } };
        }

        var published = metadata.Published?.ToIso();
        var modified = metadata.Modified?.ToIso() is { } m && m != published ? m : null;
        var warnings = text.Warnings.ToList();
        if (scan.Flattened)
        {
            warnings.Add(new ParseWarning(
                WarningCodes.DeepNesting,
                $"the page nests elements {scan.Deepest:N0} levels deep; markup below level {HtmlLimits.MaxDepth} was ignored (its text was kept)"));
        }

        AddWarnings(warnings, metadata, content, body);
        var article = new Article
        {
            Path = path,
            Sha256 = sha256,
            Title = metadata.Title,
            Published = published,
            Modified = modified,
            DateSource = metadata.Published is null ? DateSource.None
                : metadata.Provenance.GetValueOrDefault("published") == "text" ? DateSource.Text : DateSource.Meta,
            Authors = metadata.Authors,
            Source = metadata.Source ?? dateline?.Agency,
            Dateline = dateline?.Place,
            Body = body,
            Language = LanguageDetector.Detect(body) ?? DeclaredLanguage(metadata.DeclaredLanguage, body),
            Boilerplate = content.Removed,
            Warnings = warnings,
            Provenance = ProvenanceOf(metadata, modified is not null, metadata.Source is null && dateline?.Agency is not null),
        };
        return (article, metadata.DeclaredTitle);
    }

    /// <summary>
    /// The writer of a page whose metadata and bylines name none, and how it was found: the name signed under the
    /// story ("Ann Lee" in bold as the last line); else the credit such pages print in place of a byline (a Chinese
    /// page's editor line, a magazine's credits list, the contact a press release names); last, the person a
    /// one-person site belongs to.
    /// </summary>
    private static (IReadOnlyList<string> Names, string How)? Unbylined(IDocument document, IReadOnlyList<string> paragraphs, string? site) =>
        BodySignature.Find(document, paragraphs) is { Count: > 0 } signed ? (signed, "signature")
        : CreditLines.Chinese(document) is { Count: > 0 } editor ? (editor, "credit")
        : CreditLines.RoleCredit(document) is { Count: > 0 } role ? (role, "credit")
        : CreditLines.PressContact(document) is { Count: > 0 } contact ? (contact, "press contact")
        : SiteOwner.Find(document, site) is { Count: > 0 } owner ? (owner, "site owner")
        : null;

    /// <summary>
    /// The dateline opening the story (<c>WASHINGTON (Reuters) —</c>), cut from the body as the text parser does, so
    /// that the same story saved as text and as a page gives the same body and dateline. A date line above the story
    /// ("14 October 2025", "Published 3 Nov 2025, 10:15") is metadata, as in text files, and leaves the body with it.
    /// </summary>
    private static (IReadOnlyList<string> Paragraphs, Dateline? Dateline) LiftDateline(IReadOnlyList<string> paragraphs)
    {
        var start = 0;
        while (start < paragraphs.Count - 1 && start < 2 && IsDateLine(paragraphs[start]))
        {
            start++;
        }

        // A page's first block is often a kicker ("KRÄHENJAGD – So wird gelockt"): a dateline opens a sentence of the story.
        if (start == paragraphs.Count || DatelineExtractor.TryExtract(paragraphs[start]) is not { } found || WordCounter.Count(found.Rest) < MinStoryWords)
        {
            return (start == 0 ? paragraphs : [.. paragraphs.Skip(start)], null);
        }

        return ([found.Rest, .. paragraphs.Skip(start + 1)], found);
    }

    private static bool IsDateLine(string paragraph) =>
        paragraph.Length <= MaxDateLineChars && WordCounter.Count(paragraph) <= MaxDateLineWords && DateParser.ParseLoose(paragraph) is not null;

    private static IReadOnlyDictionary<string, string> ProvenanceOf(HtmlMetadata metadata, bool hasModified, bool sourceFromDateline)
    {
        // A source is kept only for a field that ended up with a value (a title the cleaner emptied has none).
        string? From(string field, bool present) => present ? metadata.Provenance.GetValueOrDefault(field) : null;
        return Provenance.Of(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["title"] = From("title", metadata.Title is not null),
            ["published"] = From("published", metadata.Published is not null),
            ["modified"] = From("modified", hasModified),
            ["authors"] = From("authors", metadata.Authors.Count > 0),
            ["source"] = sourceFromDateline ? "dateline" : From("source", metadata.Source is not null),
        });
    }

    private static void AddWarnings(List<ParseWarning> warnings, HtmlMetadata metadata, ExtractedContent content, string body)
    {
        if (metadata.Title is null)
        {
            warnings.Add(new ParseWarning(WarningCodes.NoTitle, "the page has no headline, og:title, h1 or title"));
        }

        if (metadata.Published is null)
        {
            warnings.Add(new ParseWarning(WarningCodes.NoDate, "no publication date in the page's metadata, markup, address or text"));
        }
        else if (metadata.PublishedIsModified)
        {
            warnings.Add(new ParseWarning(WarningCodes.ModifiedDateOnly, "only a modification date was found; it stands in for the publication date"));
        }

        if (content.LooksLikeListing && !metadata.DeclaresArticle)
        {
            warnings.Add(new ParseWarning(WarningCodes.NotAnArticle, "the page looks like an index or listing, not an article: the body is a best effort"));
        }
        else if (body.Length == 0)
        {
            warnings.Add(new ParseWarning(WarningCodes.EmptyBody, "no article text was found on the page"));
        }
        else if (WordCounter.Count(body) < ShortBodyWords)
        {
            warnings.Add(new ParseWarning(WarningCodes.ShortBody, "the article text is very short (a teaser, a paywall or a stub?)"));
        }
    }

    /// <summary>The page's own lang attribute, used only when the detector abstains and there is some text to label.</summary>
    private static string? DeclaredLanguage(string? declared, string body)
    {
        if (declared is null || body.Length < 20)
        {
            return null;
        }

        var code = declared.Split('-', '_')[0].Trim().ToLowerInvariant();
        return code.Length == 2 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static Article Empty(string path, string sha256, ParseWarning warning) => new()
    {
        Path = path,
        Sha256 = sha256,
        Body = string.Empty,
        Warnings = [warning],
    };
}
