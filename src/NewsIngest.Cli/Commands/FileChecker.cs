using NewsIngest.Core.Dedup;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Text;
using NewsIngest.Core.Validation;
using NewsIngest.Core.Warc;
using NewsIngest.Ingestion;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary>
/// Reads and checks files in parallel, then adds the findings that need every file: copies within the run (the same
/// duplicate engine as ingest, in memory) and, with a store, copies of articles already stored.
/// </summary>
internal sealed class FileChecker(ArticlePipeline pipeline, long maxFileSize, CancellationToken cancellation)
{
    /// <exception cref="OperationCanceledException">The command was interrupted.</exception>
    public IReadOnlyList<IReadOnlyList<Finding>> CheckAll(IReadOnlyList<string> paths, string? db)
    {
        // A WARC file is read here, record by record, into its pages (and broken records); files are read in parallel below.
        var units = new List<(string Path, WebPage? Page, string? Error)>();
        foreach (var path in paths)
        {
            if (!WarcFile.IsWarc(path))
            {
                units.Add((path, null, null));
                continue;
            }

            foreach (var entry in WarcFile.ReadGuarded(path, maxFileSize))
            {
                cancellation.ThrowIfCancellationRequested();
                switch (entry)
                {
                    case WarcEntry.Page { Value: var page }:
                        units.Add((page.Path, page, null));
                        break;
                    case WarcEntry.Broken broken:
                        units.Add((broken.Path, null, broken.Reason));
                        break;
                    case WarcEntry.Unreadable unreadable:
                        units.Add((path, null, unreadable.Reason));
                        break;
                }
            }
        }

        IReadOnlyList<string> files = [.. units.Select(u => u.Path)];
        var findings = new List<Finding>[units.Count];
        var outcomes = new ParseOutcome?[units.Count];
        Parallel.For(0, units.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var (path, page, error) = units[i];
            if (error is not null)
            {
                var unreadable = ValidationRules.Undecodable;
                findings[i] = [new Finding(path, null, unreadable.Code, unreadable.Severity, $"cannot read the record: {error}")];
                return;
            }

            if (page is not null)
            {
                outcomes[i] = pipeline.ParsePage(page);
                findings[i] = [.. ArticleValidator.Check(path, page.Payload, outcomes[i]!)];
                return;
            }

            var read = ArticleFileReader.Read(path, maxFileSize);
            if (read.Bytes is not { } bytes)
            {
                var rule = ValidationRules.Undecodable;
                findings[i] = [new Finding(path, null, rule.Code, rule.Severity, $"cannot read the file: {read.Problem}")];
                return;
            }

            var outcome = pipeline.Parse(path, bytes);
            outcomes[i] = outcome;
            findings[i] = [.. ArticleValidator.Check(path, bytes, outcome)];
        });

        AddCopiesWithinRun(files, outcomes, findings);
        if (db is not null)
        {
            AddCopiesOfStored(files, outcomes, findings, db);
        }

        return findings;
    }

    private void AddCopiesWithinRun(IReadOnlyList<string> files, ParseOutcome?[] outcomes, List<Finding>[] findings)
    {
        var deduplicator = new InMemoryDeduplicator();
        for (var i = 0; i < files.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (outcomes[i] is not ParseOutcome.Success { Article: var article } || article.WordCount == 0)
            {
                continue;
            }

            var member = new ClusterMember(i, article.WordCount, 0, article.Published, files[i]);
            var pair = deduplicator.Add(article.Body, member).OrderBy(p => Math.Min(p.A, p.B)).FirstOrDefault();
            if (pair is not null)
            {
                var other = pair.A == i ? pair.B : pair.A;
                var rule = ValidationRules.DuplicateInRun;
                findings[i].Add(new Finding(files[i], null, rule.Code, rule.Severity, $"{Describe(pair.Verdict)} {files[(int)other]}: {rule.Fix}"));
            }
        }
    }

    private void AddCopiesOfStored(IReadOnlyList<string> files, ParseOutcome?[] outcomes, List<Finding>[] findings, string db)
    {
        using var store = StoreFactory.Open(db, StoreMode.ReadOnly);
        var options = store.LoadDedupOptions();
        for (var i = 0; i < files.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (outcomes[i] is not ParseOutcome.Success { Article: var article } || article.WordCount == 0)
            {
                continue;
            }

            var fingerprint = Fingerprinter.Compute(article.Body, options, out var document);
            var keys = fingerprint.StoredKeys.ToHashSet();
            if (keys.Count == 0)
            {
                continue;
            }

            // The best match wins (exact before near before excerpt); the stored version of this very file is no copy.
            var best = store.Duplicates.LookupKeys(keys, options.MaxArticlesPerKey).Values.SelectMany(ids => ids).Distinct().Order()
                .Select(id => (Id: id, Stored: store.LoadForExplain(id)))
                .Where(c => c.Stored.Path != files[i] && c.Stored.Path != PathForms.Absolute(files[i]))
                .Select(c => (c.Id, c.Stored.Path, Words: WordCounter.Count(c.Stored.Body), Verdict: DuplicateJudge.Judge(document, DedupDocument.Prepare(c.Stored.Body, options), options)))
                .Where(c => c.Verdict.IsDuplicate)
                .OrderBy(c => c.Verdict.Kind)
                .ThenByDescending(c => c.Verdict.Similarity)
                .FirstOrDefault();
            if (best.Verdict is not null)
            {
                var rule = ValidationRules.DuplicateInStore;
                var stored = $"stored article #{best.Id} ({best.Path})";
                // An excerpt is the shorter of the two: when that is the stored one, this file is the fuller copy.
                var message = best.Verdict.Kind == DuplicateKind.Excerpt && best.Words < article.WordCount
                    ? $"{stored} is an excerpt ({best.Verdict.Containment:0.00} contained) of this file: ingest it, and it becomes the canonical copy"
                    : $"{Describe(best.Verdict)} {stored}: {rule.Fix}";
                findings[i].Add(new Finding(files[i], null, rule.Code, rule.Severity, message));
            }
        }
    }

    private static string Describe(DuplicateVerdict verdict) => verdict.Kind switch
    {
        DuplicateKind.Exact => "an exact copy of",
        DuplicateKind.Excerpt => $"an excerpt ({verdict.Containment:0.00} contained) of",
        _ => $"a near copy (Jaccard {verdict.Jaccard:0.00}) of",
    };
}
