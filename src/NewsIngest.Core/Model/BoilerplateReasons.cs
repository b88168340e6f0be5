namespace NewsIngest.Core.Model;

/// <summary>The stable reason codes recorded with every boilerplate removal.</summary>
public static class BoilerplateReasons
{
    public const string Copyright = "copyright";
    public const string WireTag = "wire-tag";
    public const string Contributor = "contributor-credit";
    public const string ReadMore = "read-more";
    public const string SharePrompt = "share-prompt";
    public const string RelatedHeadlines = "related-headlines";
    public const string PhotoCaption = "photo-caption";
    public const string PullQuote = "pull-quote";
    public const string SignOff = "sign-off";
    public const string Navigation = "navigation";
    public const string RepeatedTitle = "repeated-title";

    // Page furniture the HTML extractor drops before scoring.
    public const string Comments = "comments";
    public const string CookieNotice = "cookie-notice";
    public const string Byline = "byline";
    public const string Advertisement = "advertisement";
    public const string LinkList = "link-list";
    public const string Paywall = "paywall";

    /// <summary>An e-mail or Usenet signature: the "-- " delimiter and the lines under it.</summary>
    public const string Signature = "signature";

    /// <summary>A rule line ("---", "* * *") between the story and a footer.</summary>
    public const string Separator = "separator";
}
