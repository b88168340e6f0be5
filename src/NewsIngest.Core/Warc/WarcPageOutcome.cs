namespace NewsIngest.Core.Warc;

/// <summary>What a WARC record is to NewsIngest: a page to parse, a record passed over (and why), or a broken page.</summary>
public abstract record WarcPageOutcome
{
    public sealed record Page(WebPage Value) : WarcPageOutcome;

    /// <summary>Not an article: a request, metadata, a redirect, an error page, an image; counted, not reported.</summary>
    public sealed record PassedOver(string Reason) : WarcPageOutcome;

    /// <summary>A page whose payload cannot be recovered (chunk sizes that lie, a body that does not unpack).</summary>
    public sealed record Broken(string Path, string Reason) : WarcPageOutcome;
}
