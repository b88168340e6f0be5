using System.Security.Cryptography;
using NewsIngest.Core.Warc;
using NewsIngest.Storage;

namespace NewsIngest.Ingestion;

/// <summary>
/// WARC files in an ingest: an unchanged one (same size and modification time as stored) is skipped without being
/// opened; otherwise its records are read in order on the producer, each page becomes a unit of work for the parse
/// workers, each broken record a failed item reported with its offset, and the file's own row comes last.
/// </summary>
public sealed partial class IngestRunner
{
    private Dictionary<string, int>? _storedPages;

    private IEnumerable<Func<IngestItem>> WarcUnits(string path, IReadOnlyDictionary<string, StoredFile> known)
    {
        var look = ArticleFileReader.Look(path);
        if (look.Problem is { } problem)
        {
            var failed = new IngestItem(path, 0, "") { WarcRow = true, FileFailed = true, Error = problem };
            yield return () => failed;
            yield break;
        }

        var modified = look.ModifiedUtc;
        known.TryGetValue(path, out var previous);
        var row = new IngestItem(path, look.Size, modified) { WarcRow = true, Known = previous is not null };
        if (previous is { Status: FileStatus.Stored } && previous.Size == look.Size && previous.ModifiedUtc == modified)
        {
            var unchanged = row with { Unchanged = true, UnchangedPages = StoredPages(known).GetValueOrDefault(path) };
            yield return () => unchanged;
            yield break;
        }

        var passedOver = 0;
        var broken = 0;
        string? failure = null;
        foreach (var entry in WarcFile.ReadGuarded(path, options.MaxFileSize))
        {
            switch (entry)
            {
                case WarcEntry.Page { Value: var page }:
                    yield return () => PreparePage(page, modified, known);
                    break;
                case WarcEntry.PassedOver:
                    passedOver++;
                    break;
                case WarcEntry.Broken { Path: var recordPath, Reason: var reason }:
                    broken++;
                    var item = new IngestItem(recordPath, 0, modified) { Page = true, Error = reason, Known = known.ContainsKey(recordPath) };
                    yield return () => item;
                    break;
                case WarcEntry.Unreadable { Reason: var reason }:
                    failure = reason;
                    break;
            }
        }

        var done = row with
        {
            PassedOver = passedOver,
            FileFailed = failure is not null,
            Error = failure ?? (broken > 0 ? $"{broken} records could not be read (they are listed with the file's path, '#' and their id)" : null),
        };
        yield return () => done;
    }

    private IngestItem PreparePage(WebPage page, string modified, IReadOnlyDictionary<string, StoredFile> known)
    {
        known.TryGetValue(page.Path, out var previous);
        var item = new IngestItem(page.Path, page.Payload.Length, modified) { Page = true, Known = previous is not null };
        if (previous is { Status: FileStatus.Stored } && previous.Sha256 == Convert.ToHexStringLower(SHA256.HashData(page.Payload)))
        {
            return item with { Unchanged = true, Sha256 = previous.Sha256 };
        }

        return WithOutcome(item, pipeline.ParsePage(page), page.Payload.Length, () => page.IsHtml);
    }

    /// <summary>Stored pages per WARC path, counted once from the files table the run loaded (for unchanged WARCs).</summary>
    private Dictionary<string, int> StoredPages(IReadOnlyDictionary<string, StoredFile> known)
    {
        if (_storedPages is null)
        {
            _storedPages = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (path, file) in known)
            {
                var hash = path.IndexOf(".warc#", StringComparison.OrdinalIgnoreCase) is >= 0 and var plain ? plain + 5
                    : path.IndexOf(".warc.gz#", StringComparison.OrdinalIgnoreCase) is >= 0 and var packed ? packed + 8 : -1;
                if (hash >= 0 && file.Status == FileStatus.Stored)
                {
                    var warc = path[..hash];
                    _storedPages[warc] = _storedPages.GetValueOrDefault(warc) + 1;
                }
            }
        }

        return _storedPages;
    }
}
