using System.Security.Cryptography;
using System.Text;
using NewsIngest.Benchmarks.Infrastructure;
using NewsIngest.Core.Cleaning;
using NewsIngest.Core.Dedup;
using NewsIngest.Core.Model;
using NewsIngest.Core.Parsing;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Reading;
using NewsIngest.Core.Serialization;
using NewsIngest.Core.Text;

namespace NewsIngest.Benchmarks.Scenarios;

/// <summary>
/// Issue 9: the CPU a parse worker spends per file, without SQLite. Runs what <c>IngestRunner.Prepare</c> does with a
/// file it has to store — read, <see cref="ArticlePipeline.Parse"/>, <see cref="Fingerprinter.Compute(string, DedupOptions, out DedupDocument, string?)"/>
/// — on one core over the text files of a generated corpus, then each stage alone on the same inputs, so the split
/// says where the time goes. Last, a digest of every output (record JSON, fingerprint, prepared document) over all
/// the corpus's files, text and HTML: two builds that print the same digest produce the same records and keys.
/// </summary>
public static class WorkerScenario
{
    private const int Passes = 3;

    public static void Run(ScenarioArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var count = args.Count ?? 10_000;
        var corpus = GeneratedCorpus.Make(count);
        if (corpus is null)
        {
            return;
        }

        var all = GeneratedCorpus.Files(corpus);
        var files = all.Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)).ToArray();
        Report.Header($"worker: read + parse + fingerprint of {files.Length} generated text files, one core");
        var inputs = files.Select(File.ReadAllBytes).ToArray();
        var bytes = inputs.Sum(b => (long)b.Length);
        var pipeline = new ArticlePipeline();
        var options = DedupOptions.Default;
        using var pin = new OneCore();

        // An untimed pass first: on one core, tiered JIT recompiling the hot loops would compete with the timed work.
        Worker(pipeline, files, inputs, options);
        var best = TimeSpan.MaxValue;
        for (var pass = 1; pass <= Passes; pass++)
        {
            var start = CpuClock.Now;
            Worker(pipeline, files, inputs, options);
            best = Min(best, CpuClock.Now - start);
        }

        Console.WriteLine(CpuClock.IsCpuTime
            ? "times below are CPU time of the process (all threads, on its one core), not wall time: load does not inflate them"
            : "times below are wall time (no process CPU clock here): load inflates them");

        Report.Print($"whole worker path, best of {Passes}", files.Length, bytes, best, $"{best.TotalMilliseconds * 1000 / files.Length:F0} µs per file");
        Stages(files, inputs, bytes, options, best);
        Console.WriteLine($"output digest over {all.Length} files (text and HTML): {Digest(pipeline, all, options)}");
    }

    /// <summary>What a worker does with a file it stores (the file is already in memory: reading is timed apart).</summary>
    private static int Worker(ArticlePipeline pipeline, string[] files, byte[][] inputs, DedupOptions options)
    {
        var words = 0;
        for (var i = 0; i < files.Length; i++)
        {
            if (pipeline.Parse(files[i], inputs[i]) is ParseOutcome.Success success)
            {
                words += Fingerprinter.Compute(success.Article.Body, options, out _).WordCount;
            }
        }

        return words;
    }

    /// <summary>
    /// Each stage alone over the inputs the previous stage produced, best of <see cref="Passes"/>. "parse" is
    /// <see cref="TextArticleParser.Parse"/>, which calls the cleaner; the cleaner's own line re-runs it on the kept
    /// paragraphs, so "parse without clean" is the difference.
    /// </summary>
    private static void Stages(string[] files, byte[][] inputs, long bytes, DedupOptions options, TimeSpan whole)
    {
        var decoded = inputs.Select(b => ((DecodeOutcome.Decoded)ArticleDecoder.Decode(b)).Value).ToArray();
        var parseOptions = new ParseOptions();
        var articles = files.Select((f, i) => TextArticleParser.Parse(f, "", decoded[i], parseOptions)).ToArray();
        var kept = articles.Select(a => a.Paragraphs.ToArray()).ToArray();
        var bodies = articles.Select(a => a.Body).ToArray();
        var sequences = bodies.Select(b => Shingles.Sequence(b, options.ShingleSize)).ToArray();
        var sets = sequences.Select(q => Shingles.ToSet(q)).ToArray();
        var hasher = Fingerprinter.Hasher(options);

        var stages = new (string Name, Action<int> Run)[]
        {
            ("read (File.ReadAllBytes)", i => File.ReadAllBytes(files[i])),
            ("sha256", i => SHA256.HashData(inputs[i])),
            ("decode", i => ArticleDecoder.Decode(inputs[i])),
            ("parse (TextArticleParser, with clean)", i => TextArticleParser.Parse(files[i], "", decoded[i], parseOptions)),
            ("clean (BoilerplateCleaner on kept paragraphs)", i => BoilerplateCleaner.Clean(kept[i], articles[i].Title)),
            ("language", i => LanguageDetector.Detect(bodies[i])),
            ("fingerprint (signature and keys)", i => Fingerprinter.Compute(bodies[i], options)),
            ("  of which: word scan + shingle hashes", i => Shingles.Sequence(bodies[i], options.ShingleSize)),
            ("  of which: shingle set (sort, no repeats)", i => Shingles.ToSet(sequences[i])),
            ("  of which: MinHash signature", i => hasher.Compute(sets[i])),
            ("  of which: anchor keys", i => AnchorKeys.Keys(sequences[i], options)),
            ("figures (Figures.Extract: lazy, only on a candidate)", i => Figures.Extract(bodies[i])),
            ("word count (record's word_count)", i => WordCounter.Count(bodies[i])),
        };

        Console.WriteLine($"stages alone, best of {Passes}; share = of the whole worker path:");
        foreach (var (name, run) in stages)
        {
            var time = Time(run, files.Length);
            Report.Print($"  {name}", files.Length, bytes, time, $"{time.TotalMilliseconds * 1000 / files.Length,6:F0} µs per file  {time / whole,6:P0}");
        }
    }

    private static TimeSpan Time(Action<int> run, int count)
    {
        for (var i = 0; i < count; i++)
        {
            run(i);
        }

        var best = TimeSpan.MaxValue;
        for (var pass = 0; pass < Passes; pass++)
        {
            var start = CpuClock.Now;
            for (var i = 0; i < count; i++)
            {
                run(i);
            }

            best = Min(best, CpuClock.Now - start);
        }

        return best;
    }

    /// <summary>SHA-256 over every record's JSON, fingerprint and prepared document, in file order (paths made relative).</summary>
    private static string Digest(ArticlePipeline pipeline, string[] files, DedupOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var root = Path.GetDirectoryName(files[0])!;
        foreach (var file in files)
        {
            var outcome = pipeline.Parse(Path.GetRelativePath(root, file), File.ReadAllBytes(file));
            var text = new StringBuilder();
            if (outcome is ParseOutcome.Success success)
            {
                text.Append(RecordJson.Serialize(ArticleRecord.From(success.Article)));
                var fingerprint = Fingerprinter.Compute(success.Article.Body, options, out var document);

                // Reading document.Figures forces their lazy extraction, so the digest still covers them.
                text.Append('|').AppendJoin(',', fingerprint.Signature).Append('|').AppendJoin(',', fingerprint.CandidateKeys)
                    .Append('|').Append(fingerprint.ExactKey).Append('|').Append(fingerprint.WordCount)
                    .Append('|').AppendJoin(',', document.Shingles).Append('|').Append(document.ExactKey).Append('|').Append(document.WordCount)
                    .Append('|').AppendJoin(',', document.Figures.Select(f => $"{f.Context}:{f.Value}"));
            }
            else if (outcome is ParseOutcome.Failure failure)
            {
                text.Append("failed|").Append(failure.Sha256).Append('|').Append(failure.Reason);
            }

            hash.AppendData(Encoding.UTF8.GetBytes(text.Append('\n').ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
