using System.Diagnostics;
using NewsIngest.Benchmarks.Infrastructure;
using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Storage;
using NewsIngest.Storage.Queries;
using NewsIngest.Storage.Sqlite;

namespace NewsIngest.Benchmarks.Scenarios;

/// <summary>
/// Issue 6: search under 50 ms at 100,000 articles. Builds a store of <c>--count</c> generated articles with the
/// real ingest (or reuses <c>--db FILE</c>), then times 200 searches of mixed kinds through
/// <see cref="SqliteArticleStore.Search"/>, and a few through the CLI in process (which opens the store each time).
/// </summary>
public static class SearchScenario
{
    private const int Queries = 200;

    public static void Run(ScenarioArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var count = args.Count ?? 20_000;
        using var temp = new TempDirectory("search", args.Keep);
        var db = args.Db ?? Path.Combine(temp.Path, "search.db");
        if (!File.Exists(db))
        {
            var corpus = GeneratedCorpus.Make(count);
            if (corpus is null)
            {
                return;
            }

            Report.Header($"search: building a store of {count} generated articles");
            var (summary, elapsed) = Ingest.Run([Path.Combine(corpus, "docs")], db);
            Report.Print("ingest (all cores)", summary.Counts.FilesSeen, Ingest.Bytes(GeneratedCorpus.Files(corpus)), elapsed);
        }

        using var store = SqliteArticleStore.Open(db, StoreMode.ReadOnly);
        var stats = store.Stats();
        Report.Header($"search: {Queries} queries on {stats.Articles} articles");
        var terms = SearchTerms.From(store);
        var filters = Filters(stats);
        var kinds = new (string Name, IReadOnlyList<string> Words, ArticleFilter Filter)[]
        {
            ("rare word", terms.Rare, filters.None),
            ("common word", terms.Common, filters.None),
            ("phrase", terms.Phrases, filters.None),
            ("rare word + source", terms.Rare, filters.Source),
            ("common word + since", terms.Common, filters.Since),
            ("phrase + since + source", terms.Phrases, filters.Both),
        };
        Console.WriteLine($"terms: common {string.Join(',', terms.Common.Take(3))}...; rare {string.Join(',', terms.Rare.Take(3))}...; phrases {string.Join(',', terms.Phrases.Take(2))}...");
        Console.WriteLine($"filters: source '{filters.Source.Source}', since {filters.Since.Since}");

        // One untimed query so the first timed one does not carry the statement compile and cold page cache alone.
        store.Search(terms.Common[0], filters.None, SnippetMarks.Brackets);
        // Both rankings in the same run: one pass on one connection, and the id range in two halves on two.
        foreach (var shards in new[] { 1, 2 })
        {
            store.SearchShards = shards;
            store.Search(terms.Common[1], filters.None, SnippetMarks.Brackets);
            var times = kinds.ToDictionary(k => k.Name, _ => new List<double>());
            var hits = 0L;
            var clock = new Stopwatch();
            for (var i = 0; i < Queries; i++)
            {
                var kind = kinds[i % kinds.Length];
                var word = kind.Words[i / kinds.Length % kind.Words.Count];
                clock.Restart();
                hits += store.Search(word, kind.Filter, SnippetMarks.Brackets).Count;
                times[kind.Name].Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(shards == 1 ? "ranked in one pass:" : "ranked in two halves at once (the default above 20,000 articles):");
            foreach (var (name, samples) in times)
            {
                PrintLatencies(name, samples);
            }

            PrintLatencies("all kinds", [.. times.Values.SelectMany(t => t)]);
            Console.WriteLine($"rows returned: {hits} (limit {ArticleFilter.DefaultLimit} per query); target p95 < 50 ms at 100,000 articles");
        }

        store.SearchShards = null;
        TimeCli(db, terms);
    }

    private static (ArticleFilter None, ArticleFilter Source, ArticleFilter Since, ArticleFilter Both) Filters(StoreStats stats)
    {
        var none = new ArticleFilter();
        var source = stats.BySource.FirstOrDefault(s => s.Key is not null).Key;
        var months = stats.ByMonth.Where(m => m.Key is { Length: 7 }).Select(m => m.Key!).ToList();
        var since = months.Count == 0 ? null : $"{months[months.Count / 2]}-01";
        return (none, none with { Source = source }, none with { Since = since }, none with { Source = source, Since = since });
    }

    /// <summary>The CLI path: parse arguments, open the store read-only, search, format JSON lines.</summary>
    private static void TimeCli(string db, SearchTerms terms)
    {
        var samples = new List<double>();
        var words = terms.Rare.Concat(terms.Common).Concat(terms.Phrases).ToList();
        for (var i = 0; i < 21; i++)
        {
            var context = new CliContext { Output = new StringWriter(), Error = new StringWriter() };
            var clock = Stopwatch.StartNew();
            NewsIngestCli.Run(["search", words[i % words.Count], "--db", db, "--format", "jsonl"], context);
            if (i > 0)
            {
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        PrintLatencies("CLI in process (jsonl)", samples);
    }

    private static void PrintLatencies(string label, List<double> samples)
    {
        samples.Sort();
        Console.WriteLine($"{label,-26} n {samples.Count,4}  p50 {Report.Percentile(samples, 0.5),7:F1} ms  p95 {Report.Percentile(samples, 0.95),7:F1} ms  max {samples[^1],7:F1} ms");
    }
}
