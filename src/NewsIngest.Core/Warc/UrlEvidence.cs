using NewsIngest.Core.Html;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Warc;

/// <summary>
/// What the address a page was fetched from says when the page itself does not: a date written in its path (the
/// publishing system's record of the day it went out) and the site as the source. Each value taken is recorded as
/// coming from <c>url</c> in the article's provenance. The page's own evidence always wins.
/// </summary>
public static class UrlEvidence
{
    public static Article Apply(Article article, WebPage page, ParseOptions options)
    {
        var result = article with { Url = page.Url, Fetched = page.Fetched };
        if (page.Url is null || !Uri.TryCreate(page.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return result;
        }

        var provenance = article.Provenance.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
        if (article.Published is null && HtmlMetadataExtractor.DateInUrl(page.Url, options) is { } date)
        {
            result = result with { Published = date.ToIso(), DateSource = DateSource.Meta };
            provenance["published"] = "url";
        }

        if (article.Source is null && SiteName(uri) is { } site)
        {
            result = result with { Source = site };
            provenance["source"] = "url";
        }

        return result with { Provenance = Provenance.Of(provenance) };
    }

    /// <summary>The host without a leading <c>www.</c>; null for addresses and local names, which name no outlet.</summary>
    public static string? SiteName(Uri uri)
    {
        if (uri.HostNameType is not UriHostNameType.Dns || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
