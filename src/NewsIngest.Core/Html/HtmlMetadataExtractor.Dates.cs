using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsIngest.Core.Dates;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Html;

public static partial class HtmlMetadataExtractor
{
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published", "published_time",
        "datepublished", "date_published", "publish-date", "publish_date", "publishdate", "pubdate", "publication_date",
        "publication-date", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date.created",
        "dcterms.created", "citation_publication_date", "citation_date", "citation_online_date",
        "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime", "rnews:datepublished",
        "og:pubdate", "article.published", "displaydate", "pub_date", "bt:pubdate", "ga-pubdate",
    ];

    /// <summary>
    /// Dublin Core's plain date: "a date associated with an event in the life of the resource", which CMSs fill with
    /// the day a page was created, imported or last edited. It ranks below the page's own publication markup.
    /// </summary>
    private static readonly string[] DublinCoreDateKeys = ["dc.date", "dcterms.date"];

    /// <summary>Generic keys that CMSs also fill with creation or indexing dates: they rank below the page's own time elements.</summary>
    private static readonly string[] WeakMetaKeys = ["date", "created", "release_date", "dc.created", "datecreated", "date.available"];

    /// <summary>The source name of <see cref="WeakMetaKeys"/> inside this class; recorded as <c>meta</c>.</summary>
    private const string WeakMeta = "meta-weak";

    private static readonly string[] ModifiedMetaKeys =
    [
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified", "dcterms.modified", "lastmod",
    ];

    private static (PartialDate? Date, bool IsModified) FindPublished(
        IDocument document, PageIndex page, MetaTags meta, JsonLdFacts jsonLd, string? url, ParseOptions options, Dictionary<string, string> provenance)
    {
        bool Plausible(PartialDate d) => IsPlausible(d, options);

        PartialDate? Try(string from, string? value)
        {
            if (DateParser.ParseMarkup(value) is { } d && Plausible(d))
            {
                provenance["published"] = from;
                return d;
            }

            return null;
        }

        var fromUrl = url is not null && UrlDate().Match(url) is { Success: true } m && !IsSlugNumber(m)
            ? DateParser.ParseMarkup($"{m.Groups[1].Value}-{Group(m, 2, 4)}-{Group(m, 3, 5)}") is { } u && Plausible(u) ? u : (PartialDate?)null
            : null;
        var fromMetadata = FromMetadata(document, meta, jsonLd, Plausible, out var metadataSource);

        // A full date in the page's own address is the publishing system's record of the day it went out; metadata
        // that disagrees is usually a re-publication, a migration or a UTC time that crossed midnight. A time with the
        // newsroom's own offset one day off is none of those: the address was minted when the story was filed.
        if (fromUrl is { } urlDate && (fromMetadata is not { } md || (md.ToDateOnly() != urlDate.ToDateOnly() && !IsLocalNextDay(md, urlDate))))
        {
            provenance["published"] = "url";
            return (urlDate, false);
        }

        // The date the page shows beside its headline decides between the dates it declares: a page that shows its
        // update day (or a date its markup declares elsewhere) was re-published, and its readers saw that day. Not
        // when the address agrees with the declared date, nor when the shown element's own stamp is the declared
        // publication (another zone's day) or the declared modification (the template says it shows the update).
        // A generic Dublin Core or "date" meta is filled by CMSs with the day a page was created or indexed, so
        // against it the shown day wins even when no metadata declares it. So does the day before a UTC morning:
        // the evening west of London, where the page's readers were.
        if (fromMetadata is { } declared && ShownDate(document, page, Plausible) is { Date: var shown, Stamp: var stamp, Text: var shownText }
            && InLocalTime(declared, page, meta).ToDateOnly() != shown.ToDateOnly()
            && fromUrl?.ToDateOnly() != declared.ToDateOnly()
            && !SameMoment(stamp, declared) && !IsModifiedStamp(stamp, meta, jsonLd)
            && (IsDeclared(shown, page, meta, jsonLd) || metadataSource is "meta" or WeakMeta || IsWesternEvening(declared, shown, shownText)))
        {
            provenance["published"] = "shown";
            return (shown, false);
        }

        // A generic "date" meta is often the CMS's indexing or caching stamp, which is never before the publication:
        // an earlier date written in the page's own date elements is the day it went out.
        if (metadataSource == WeakMeta && fromMetadata is { } weak && FromText(document, Plausible) is { } earlier && earlier.ToDateOnly() < weak.ToDateOnly())
        {
            provenance["published"] = "text";
            return (earlier, false);
        }

        if (fromMetadata is { } found)
        {
            provenance["published"] = metadataSource == WeakMeta ? "meta" : metadataSource!;
            return (InLocalTime(found, page, meta), false);
        }

        if (FromText(document, Plausible) is { } fromText)
        {
            provenance["published"] = "text";
            return (fromText, false);
        }

        // An address whose last segment is a day written day first ("/news/29-10-2021") names the day of a notice
        // that shows no date of its own.
        if (url is not null && DayFirstUrlDate().Match(url) is { Success: true } dm
            && DateParser.ParseMarkup($"{dm.Groups[3].Value}-{dm.Groups[2].Value}-{dm.Groups[1].Value}") is { } dayFirst && Plausible(dayFirst))
        {
            provenance["published"] = "url";
            return (dayFirst, false);
        }

        // A page that writes no date for readers may still carry its publication in the data its scripts are given
        // (a shop's product object, a state object, a data layer): the first well-named publication key, else creation.
        if (FromScripts(page, Plausible) is { } fromScript)
        {
            provenance["published"] = "script";
            return (fromScript, false);
        }

        // Nor does a notice whose summary for search engines and shares says when it was issued ("News of 14 January 2020").
        foreach (var description in DescriptionKeys.SelectMany(meta.All))
        {
            if (DateParser.FirstInText(description, Plausible) is { } described)
            {
                provenance["published"] = "text";
                return (described, false);
            }
        }

        var modified = Try("modified", jsonLd.Modified) ?? ModifiedMetaKeys.SelectMany(meta.All).Select(v => Try("modified", v)).FirstOrDefault(d => d is not null);
        return modified is null ? (null, false) : (modified, true);
    }

    /// <summary>
    /// A date given in UTC is the day in London, not where the article appeared: when the page writes the same instant
    /// elsewhere with its local offset (a visible time element, another meta tag), that offset's day is the one its
    /// readers saw. Only the same instant counts, so a different date in the page never replaces the metadata.
    /// </summary>
    private static PartialDate InLocalTime(PartialDate date, PageIndex page, MetaTags meta)
    {
        if (date.Offset != TimeSpan.Zero || date.ToInstant() is not { } utc)
        {
            return date;
        }

        PartialDate? SameInstant(string? value) =>
            DateParser.ParseMarkup(value) is { } d && d.ToInstant() is { } t && t.Offset != TimeSpan.Zero && Math.Abs((t - utc).TotalSeconds) < 60 ? d : null;

        foreach (var key in PublishedMetaKeys.Concat(DublinCoreDateKeys).Concat(WeakMetaKeys))
        {
            foreach (var value in meta.All(key))
            {
                if (SameInstant(value) is { } local)
                {
                    return local;
                }
            }
        }

        foreach (var element in page.Times.Concat(page.Itemprop("datepublished")))
        {
            if (SameInstant(element.GetAttribute("datetime") ?? element.GetAttribute("content")) is { } local)
            {
                return local;
            }
        }

        // A day entered without a time is kept by a CMS east of London as its local midnight; written out in UTC it
        // reads 21:00, 22:00 or 23:00 sharp the evening before. The reader saw the next day.
        if (utc is { Minute: 0, Second: 0, Hour: >= LocalMidnightEarliestUtcHour })
        {
            var next = DateOnly.FromDateTime(utc.DateTime).AddDays(1);
            return new PartialDate(next.Year, next.Month, next.Day);
        }

        return date;
    }

    /// <summary>Whether the page's metadata or date markup declares <paramref name="date"/>'s day anywhere: as published, created, modified or a generic date.</summary>
    private static bool IsDeclared(PartialDate date, PageIndex page, MetaTags meta, JsonLdFacts jsonLd)
    {
        var day = date.ToDateOnly();
        bool Same(string? value) => DateParser.ParseMarkup(value) is { } d && d.ToDateOnly() == day;
        return Same(jsonLd.Published) || Same(jsonLd.Modified) || Same(jsonLd.OtherPublished)
            || PublishedMetaKeys.Concat(DublinCoreDateKeys).Concat(WeakMetaKeys).Concat(ModifiedMetaKeys).SelectMany(meta.All).Any(Same)
            || page.Itemprop("datemodified").Concat(page.Itemprop("datepublished")).Concat(page.Itemprop("datecreated"))
                .Any(e => Same(e.GetAttribute("datetime") ?? e.GetAttribute("content")));
    }

    /// <summary>
    /// Whether a shown element's machine stamp is the instant the page declares as its last modification: the
    /// template then says in markup that the date it shows is the update, and the declared publication stands.
    /// </summary>
    private static bool IsModifiedStamp(PartialDate? stamp, MetaTags meta, JsonLdFacts jsonLd) =>
        stamp is { } s && s.ToInstant() is { } a
        && ModifiedMetaKeys.SelectMany(meta.All).Append(jsonLd.Modified)
            .Any(v => DateParser.ParseMarkup(v)?.ToInstant() is { } b && Math.Abs((a - b).TotalSeconds) < 60);

    /// <summary>Whether a shown element's machine stamp is the declared instant itself (its words then only render it in another zone).</summary>
    private static bool SameMoment(PartialDate? stamp, PartialDate declared) =>
        stamp is { } s && (s.ToInstant() is { } a && declared.ToInstant() is { } b ? Math.Abs((a - b).TotalSeconds) < 60 : s.ToDateOnly() == declared.ToDateOnly());

    /// <summary>
    /// Whether the page shows the declared UTC time on its readers' clock west of London: the day before, with a
    /// time of day the same minute past the hour and up to twelve hours earlier (Americas, Pacific).
    /// </summary>
    private static bool IsWesternEvening(PartialDate declared, PartialDate shown, string shownText)
    {
        if (declared is not { Offset.Ticks: 0, Time: { } utc } || declared.ToDateOnly() is not { } day || shown.ToDateOnly() != day.AddDays(-1))
        {
            return false;
        }

        foreach (Match m in ClockTime().Matches(shownText))
        {
            var hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (m.Groups[3].Success)
            {
                hour = (hour % 12) + (char.ToLowerInvariant(m.Groups[3].Value[0]) == 'p' ? 12 : 0);
            }

            var hoursWest = utc.Hour + 24 - hour;
            if (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) == utc.Minute && hoursWest is >= 1 and <= WesternmostOffsetHours)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"([0-9]{1,2})[:.h]([0-5][0-9])(?:\s*([ap]\.?m\.?))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    /// <summary>How far west of London a newsroom's day is still read: the zones of the Americas and the Pacific.</summary>
    private const int WesternmostOffsetHours = 12;

    /// <summary>Midnight at UTC+3 (Moscow, the Gulf), the farthest east a day written as a UTC midnight-eve is read.</summary>
    private const int LocalMidnightEarliestUtcHour = 21;

    /// <summary>The last-modified date the page declares: JSON-LD, then the meta keys, then itemprop=dateModified markup.</summary>
    private static PartialDate? FindModified(PageIndex page, MetaTags meta, JsonLdFacts jsonLd, ParseOptions options, Dictionary<string, string> provenance)
    {
        bool Plausible(PartialDate d) => IsPlausible(d, options);
        if (DateParser.ParseMarkup(jsonLd.Modified) is { } fromJson && Plausible(fromJson))
        {
            provenance["modified"] = "json-ld";
            return fromJson;
        }

        foreach (var key in ModifiedMetaKeys)
        {
            foreach (var value in meta.All(key))
            {
                if (DateParser.ParseMarkup(value) is { } fromMeta && Plausible(fromMeta))
                {
                    provenance["modified"] = key.StartsWith("og:", StringComparison.Ordinal) || key.StartsWith("article:", StringComparison.Ordinal) ? "opengraph" : "meta";
                    return fromMeta;
                }
            }
        }

        foreach (var element in page.Itemprop("datemodified"))
        {
            if (DateParser.ParseMarkup(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent) is { } d && Plausible(d))
            {
                provenance["modified"] = "time";
                return d;
            }
        }

        return null;
    }

    private static PartialDate? FromMetadata(IDocument document, MetaTags meta, JsonLdFacts jsonLd, Func<PartialDate, bool> plausible, out string? source)
    {
        source = "json-ld";
        if (DateParser.ParseMarkup(jsonLd.Published) is { } fromJson && plausible(fromJson))
        {
            return fromJson;
        }

        foreach (var key in PublishedMetaKeys)
        {
            foreach (var value in meta.All(key))
            {
                if (DateParser.ParseMarkup(value) is { } fromMeta && plausible(fromMeta))
                {
                    source = key.StartsWith("og:", StringComparison.Ordinal) || key.StartsWith("article:", StringComparison.Ordinal) ? "opengraph" : "meta";
                    return fromMeta;
                }
            }
        }

        if (DateParser.ParseMarkup(jsonLd.OtherPublished) is { } fromPage && plausible(fromPage))
        {
            return fromPage;
        }

        if (FromMarkup(document, plausible) is { } fromMarkup)
        {
            source = fromMarkup.From;
            return fromMarkup.Date;
        }

        foreach (var value in DublinCoreDateKeys.SelectMany(meta.All))
        {
            if (DateParser.ParseMarkup(value) is { } fromDublinCore && plausible(fromDublinCore))
            {
                source = "meta";
                return fromDublinCore;
            }
        }

        foreach (var key in WeakMetaKeys)
        {
            foreach (var value in meta.All(key))
            {
                if (DateParser.ParseMarkup(value) is { } fromWeak && plausible(fromWeak))
                {
                    source = WeakMeta;
                    return fromWeak;
                }
            }
        }

        source = null;
        return null;
    }

    private static bool IsLocalNextDay(PartialDate metadata, PartialDate url) =>
        metadata.ToInstant() is { } t && t.Offset != TimeSpan.Zero
        && metadata.ToDateOnly() is { } day && url.ToDateOnly() is { } urlDay && day.DayNumber - urlDay.DayNumber == 1;

    /// <summary>The context rule of pages: a full day, not after today and not before the earliest plausible year.</summary>
    private static bool IsPlausible(PartialDate date, ParseOptions options) =>
        date.ToDateOnly() is { } day && day <= options.Today && day.Year >= options.EarliestPlausibleYear;
}
