using NewsIngest.Core.Warc;

namespace NewsIngest.Ingestion;

/// <summary>
/// Reads a WARC file from disk record by record (<see cref="WarcReader"/>: one record in memory at a time) and says
/// what each record is to NewsIngest (<see cref="WarcPages"/>). The same reader serves ingest, parse and validate.
/// </summary>
public static class WarcFile
{
    /// <summary>Whether a path names a web archive: <c>.warc</c> or <c>.warc.gz</c>, in any case.</summary>
    public static bool IsWarc(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <param name="path">The WARC file.</param>
    /// <param name="maxRecordBytes">Records (and unpacked payloads) larger than this are passed over, responses reported.</param>
    public static IEnumerable<WarcEntry> Read(string path, long maxRecordBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        using var reader = new WarcReader(stream, maxRecordBytes);
        var maxPayload = (int)Math.Min(int.MaxValue, maxRecordBytes);
        var any = false;
        // A page's path holds its record id: a second record under an id already read would be the same article twice.
        var pages = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in reader.Items())
        {
            switch (item)
            {
                case WarcItem.Read { Record: var record }:
                    any = true;
                    yield return WarcPages.Classify(path, record, maxPayload) switch
                    {
                        WarcPageOutcome.Page page when !pages.TryAdd(page.Value.Path, record.Offset) => new WarcEntry.Broken(
                            WarcPages.PathOf(path, null, record.Offset),
                            $"record at byte {record.Offset}: its WARC-Record-ID {record.RecordId} repeats the record at byte {pages[page.Value.Path]}, and record ids are unique"),
                        WarcPageOutcome.Page page => new WarcEntry.Page(page.Value),
                        WarcPageOutcome.Broken broken => new WarcEntry.Broken(broken.Path, $"record at byte {record.Offset}: {broken.Reason}"),
                        WarcPageOutcome.PassedOver passed => new WarcEntry.PassedOver(passed.Reason),
                        _ => throw new InvalidOperationException("unknown page outcome"),
                    };
                    break;
                case WarcItem.Broken broken when !any && broken.Offset == 0 && IsNoRecordAtAll(broken.Reason):
                    // Nothing before it read as a record: this is no web archive, not a damaged one.
                    yield return new WarcEntry.Unreadable($"not a WARC file: {broken.Reason}");
                    yield break;
                case WarcItem.Broken broken:
                    yield return new WarcEntry.Broken(WarcPages.PathOf(path, broken.RecordId, broken.Offset), $"record {broken.Where}: {broken.Reason}");
                    break;
            }
        }
    }

    /// <summary>As <see cref="Read"/>, with a file that cannot be opened or read ending the list as <see cref="WarcEntry.Unreadable"/>.</summary>
    /// <remarks>
    /// Like any listed file it is looked at first: a pipe, device or socket named <c>.warc</c> is never opened.
    /// </remarks>
    public static IEnumerable<WarcEntry> ReadGuarded(string path, long maxRecordBytes)
    {
        if (ArticleFileReader.Look(path).Problem is { } problem)
        {
            yield return new WarcEntry.Unreadable(problem);
            yield break;
        }

        using var entries = Read(path, maxRecordBytes).GetEnumerator();
        while (true)
        {
            WarcEntry entry;
            try
            {
                if (!entries.MoveNext())
                {
                    yield break;
                }

                entry = entries.Current;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                entry = new WarcEntry.Unreadable(ex.Message);
            }

            yield return entry;
            if (entry is WarcEntry.Unreadable)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// What <c>parse</c> and <c>validate</c> see in a WARC file: each page with its path, and each record (or the file)
    /// that could not be read with its path and reason. Records that are no article are left out.
    /// </summary>
    public static IEnumerable<(string Path, WebPage? Page, string? Problem)> PagesAndProblems(string path, long maxRecordBytes)
    {
        foreach (var entry in ReadGuarded(path, maxRecordBytes))
        {
            switch (entry)
            {
                case WarcEntry.Page { Value: var page }:
                    yield return (page.Path, page, null);
                    break;
                case WarcEntry.Broken broken:
                    yield return (broken.Path, null, broken.Reason);
                    break;
                case WarcEntry.Unreadable unreadable:
                    yield return (path, null, unreadable.Reason);
                    break;
            }
        }
    }

    private static bool IsNoRecordAtAll(string reason) =>
        reason.StartsWith(WarcReader.NotAHeader, StringComparison.Ordinal) || reason.StartsWith(GzipReasons.Corrupt, StringComparison.Ordinal);
}
