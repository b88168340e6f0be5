namespace NewsIngest.Core.Html;

/// <summary>Bounds that keep one hostile or broken page from taking the whole ingest down.</summary>
internal static class HtmlLimits
{
    /// <summary>
    /// The tree walks are recursive; real pages nest a few dozen levels, so anything below this depth is ignored
    /// rather than risking a stack overflow, which would end the process.
    /// </summary>
    public const int MaxDepth = 256;
}
