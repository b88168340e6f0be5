namespace NewsIngest.Core.Validation;

/// <summary>The rules table. Codes are stable: a code is never reused for another meaning.</summary>
public static class ValidationRules
{
    public static readonly ValidationRule EmptyFile = new("NI001", Severity.Error, "the file is empty", "delete it or fill it with the article");
    public static readonly ValidationRule Binary = new("NI002", Severity.Error, "the file is not text (binary content: NUL bytes, an image or archive signature)", "remove it from the article folder, or export the article as text");
    public static readonly ValidationRule Undecodable = new("NI003", Severity.Error, "the bytes cannot be decoded in the encoding the file declares", "re-save the file as UTF-8");
    public static readonly ValidationRule NoBody = new("NI004", Severity.Error, "no body text is left after boilerplate removal", "make sure the file holds the article text, not only headers or boilerplate",
        "make sure the page holds the article text (saved after it loaded), not only navigation and boilerplate");
    public static readonly ValidationRule UnreadableDate = new("NI005", Severity.Error, "a date header cannot be read as a date", "write the date as ISO 8601 (2025-10-31) or another supported form");
    public static readonly ValidationRule TooComplex = new("NI006", Severity.Error, "the page has more markup than one page is allowed (a work budget that keeps a hostile page from stalling the run)", "check where the file came from: no real article page comes near the limit");
    public static readonly ValidationRule NoDate = new("NI101", Severity.Warning, "no publication date was found", "add a 'Date: 2025-10-31' header or a 'date 2025-10-31' first line",
        "add <meta property=\"article:published_time\" content=\"2025-10-31\"> or a <time datetime=\"2025-10-31\"> element");
    public static readonly ValidationRule NoTitle = new("NI102", Severity.Warning, "no title was found", "put the headline on the first line, followed by a blank line, or add a 'Title:' header",
        "give the page a <title>, an <h1> or <meta property=\"og:title\">");
    public static readonly ValidationRule EncodingFallback = new("NI103", Severity.Warning, "the file is not UTF-8 and was read as Windows-1252", "re-save the file as UTF-8");
    public static readonly ValidationRule ImplausibleDate = new("NI104", Severity.Warning, "the date is in the future or implausibly old", "check the date header");
    public static readonly ValidationRule ShortBody = new("NI105", Severity.Warning, "the body is very short", "check that the whole article was saved");
    public static readonly ValidationRule SuspectAuthor = new("NI106", Severity.Warning, "an author looks like a site name or a role, not a person", "put the outlet in a 'Source:' header and people in 'Author:'",
        "put the outlet in <meta property=\"og:site_name\"> and people in <meta name=\"author\">");
    public static readonly ValidationRule DuplicateInRun = new("NI107", Severity.Warning, "the file duplicates another file given to the same run", "keep one copy, or ignore this if both are meant to stay");
    public static readonly ValidationRule DuplicateInStore = new("NI108", Severity.Warning, "the file duplicates an article already in the store given with --db", "skip it, or ignore this if the copy is meant to stay");
    public static readonly ValidationRule DeepNesting = new("NI109", Severity.Warning, "the page nests elements deeper than NewsIngest reads (markup below that level is ignored, its text kept)", "check where the file came from: real pages nest a few dozen levels");
    public static readonly ValidationRule InvalidUtf8 = new("NI110", Severity.Warning, "the file is UTF-8 but a few of its bytes are not (they were read as U+FFFD)", "re-save the file from its source: a character was cut or pasted in another encoding");
    public static readonly ValidationRule ControlCharacters = new("NI111", Severity.Warning, "the file holds control characters (terminal escapes, bells, page breaks), which were removed from the record", "check where the file came from: a copy out of a terminal or a program's log carries them");

    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        EmptyFile, Binary, Undecodable, NoBody, UnreadableDate, TooComplex,
        NoDate, NoTitle, EncodingFallback, ImplausibleDate, ShortBody, SuspectAuthor, DuplicateInRun, DuplicateInStore, DeepNesting, InvalidUtf8,
        ControlCharacters,
    ];

    /// <summary>Bodies shorter than this many words get <see cref="ShortBody"/>.</summary>
    public const int ShortBodyWords = 40;
}
