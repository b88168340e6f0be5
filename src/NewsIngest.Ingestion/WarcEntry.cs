using NewsIngest.Core.Warc;

namespace NewsIngest.Ingestion;

/// <summary>One thing found reading a WARC file, as ingest, parse and validate see it.</summary>
public abstract record WarcEntry
{
    /// <summary>A page to parse.</summary>
    public sealed record Page(WebPage Value) : WarcEntry;

    /// <summary>A record that is no article (a request, a redirect, an image...): counted, not reported.</summary>
    public sealed record PassedOver(string Reason) : WarcEntry;

    /// <summary>A record that could not be read or recovered: its article path (the WARC's, <c>#</c>, its id or offset) and why, with where it starts.</summary>
    public sealed record Broken(string Path, string Reason) : WarcEntry;

    /// <summary>The file is no WARC at all (nothing in it reads as a record), or reading it failed: one failed file, as any unreadable file.</summary>
    public sealed record Unreadable(string Reason) : WarcEntry;
}
