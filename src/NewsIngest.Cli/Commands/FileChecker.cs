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

            foreach (var unit in WarcFile.PagesAndProblems(path, maxFileSize))
            {
                cancellation.ThrowIfCancellationRequested();
                units.Add(unit);
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
        // The engine ingest runs, over an index in memory: the same candidates, per-key cap and rules as a store's.
        var options = DedupOptions.Default;
        var articles = new List<(string Body, ClusterMember Member)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (outcomes[i] is ParseOutcome.Success { Article: var article } && article.WordCount > 0)
            {
                articles.Add((article.Body, new ClusterMember(i, article.WordCount, 0, article.Published, files[i])));
            }
        }

        var index = InMemoryDuplicateIndex.Detect(articles, options, cancellation);
        for (var i = 0; i < files.Count; i++)
        {
            // A file is reported once, as a copy of the first file before it that it duplicates.
            var earlier = index.Partners(i).Where(other => other < i).ToList();
            if (earlier.Count > 0)
            {
                var other = (int)earlier[0];
                var verdict = DuplicateJudge.Judge(index.LoadBody(other), index.LoadBody(i), options);
                var rule = ValidationRules.DuplicateInRun;
                findings[i].Add(new Finding(files[i], null, rule.Code, rule.Severity, $"{Describe(verdict)} {files[other]}: {rule.Fix}"));
            }
        }
    }

    private void AddCopiesOfStored(IReadOnlyList<string> files, ParseOutcome?[] outcomes, List<Finding>[] findings, string db)
    {
        using var store = StoreFactory.Open(db, StoreMode.ReadOnly);
        var detector = new DuplicateDetector(store.Duplicates, store.LoadDedupOptions());
        for (var i = 0; i < files.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (outcomes[i] is not ParseOutcome.Success { Article: var article } || article.WordCount == 0)
            {
                continue;
            }

            // The best match wins (exact before near before excerpt); the stored version of this very file is no copy.
            var best = detector.CopiesOf(article.Body)
                .Select(c => (c.Id, Stored: store.LoadForExplain(c.Id), c.Verdict))
                .Where(c => c.Stored.Path != files[i] && c.Stored.Path != PathForms.Absolute(files[i]))
                .Select(c => (c.Id, c.Stored.Path, Words: WordCounter.Count(c.Stored.Body), c.Verdict))
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
