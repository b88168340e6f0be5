namespace NewsIngest.Core.Html;

/// <summary>
/// A page over a <see cref="HtmlLimits"/> budget. <see cref="Pipeline.ArticlePipeline"/> turns it into a failed
/// outcome; it is an exception only to leave the parser from where the budget ran out.
/// </summary>
public sealed class PageTooComplexException(string message) : Exception(message)
{
    /// <summary>Every reason starts with this, so callers can tell this failure from others.</summary>
    public const string Prefix = "too complex";
}
