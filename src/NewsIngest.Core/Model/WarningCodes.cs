namespace NewsIngest.Core.Model;

/// <summary>The stable warning codes a parse may record.</summary>
public static class WarningCodes
{
    public const string EncodingFallback = "encoding-fallback";
    public const string InvalidUtf8 = "invalid-utf8";
    public const string NoDate = "no-date";
    public const string NoTitle = "no-title";
    public const string FutureDate = "future-date";
    public const string AncientDate = "implausible-date";
    public const string UnreadableDate = "unreadable-date";
    public const string ShortBody = "short-body";
    public const string EmptyBody = "empty-body";
    public const string NotAnArticle = "not-an-article";
    public const string ModifiedDateOnly = "modified-date-only";
    public const string DeepNesting = "deep-nesting";
    public const string ControlCharacters = "control-characters";
}
