using System.Text.Json;
using System.Text.RegularExpressions;
using NewsIngest.Evaluation.Duplicates;
using NewsIngest.Evaluation.Report;
using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Evaluation.Corpora.Newsgroups;

/// <summary>20 Newsgroups (mini): From, Subject and Date headers; cross-posts as duplicates, quoting replies as non-duplicates.</summary>
public sealed partial class NewsgroupsEvaluation : ICorpusEvaluation
{
    private const string Corpus = "newsgroups";

    public string Name => Corpus;

    public IEnumerable<MeasureRow> Run(EvaluationContext context)
    {
        var folder = context.PathOf("newsgroups_mini");
        var records = File.ReadLines(Path.Combine(folder, "ground_truth.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<JsonElement>(l))
            .ToList();
        var files = records.Select(r => r.GetProperty("file").GetString()!).ToList();
        var inputs = files.Select(f => ($"newsgroups/{f}", File.ReadAllBytes(Path.Combine(folder, "mini_newsgroups", f)))).ToList();
        var parsed = context.ParseAll(inputs);

        var from = new Tally();
        var subject = new Tally();
        var day = new Tally();
        var second = new Tally();
        var noName = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var a = parsed[i];
            var name = Reuters.ReutersTruth.Str(r, "author_name");
            if (string.IsNullOrWhiteSpace(name))
            {
                noName++;
            }
            else
            {
                from.Add(a is not null && AuthorMatch.AllNamed([name], a.Authors));
            }

            if (r.GetProperty("headers").TryGetProperty("Subject", out var s) && s.GetString() is { Length: > 0 } subj)
            {
                subject.Add(SameSubject(subj, a?.Title));
            }

            if (Reuters.ReutersTruth.Str(r, "date_iso") is { } iso)
            {
                day.Add(DateMatch.SameDay(iso, a?.Published));
                if (DateMatch.HasTime(iso))
                {
                    second.Add(DateMatch.SameSecond(iso, a?.Published));
                }
            }
        }

        yield return new MeasureRow(Corpus, "From (person's name)", from.Accuracy, from.Items, null,
            $"the From's display name (or the address's comment name) among the authors; {noName} Froms with no name left out");
        yield return new MeasureRow(Corpus, "Subject -> title", subject.Accuracy, subject.Items, null, "normalised equality; leading 'Re:' ignored on both sides");
        yield return new MeasureRow(Corpus, "Date to the day", day.Accuracy, day.Items, null, "day as written in the header's own offset");
        yield return new MeasureRow(Corpus, "Date to the second", second.Accuracy, second.Items, null, "same instant (UTC) to the second");
        foreach (var row in DuplicateRows(context, folder, files, inputs))
        {
            yield return row;
        }
    }

    /// <summary>Subject and title agree once "Re:" prefixes are dropped: keeping or stripping them are both fair titles.</summary>
    public static bool SameSubject(string subject, string? title) =>
        TextMatch.Same(ReplyPrefix().Replace(subject, ""), ReplyPrefix().Replace(title ?? "", ""));

    private static IEnumerable<MeasureRow> DuplicateRows(EvaluationContext context, string folder, List<string> files, List<(string Path, byte[] Bytes)> inputs)
    {
        var labels = DuplicateLabels.Read(Path.Combine(folder, "duplicates.tsv"));
        List<DuplicatePair> dups = [.. labels.Where(r => r["label"].StartsWith("duplicate", StringComparison.Ordinal)).Select(r => DuplicatePair.Of(r["file_a"], r["file_b"]))];
        List<DuplicatePair> replies = [.. labels.Where(r => r["label"].StartsWith("not-duplicate", StringComparison.Ordinal)).Select(r => DuplicatePair.Of(r["file_a"], r["file_b"]))];
        if (context.Duplicates is null)
        {
            yield return new MeasureRow(Corpus, "dup: cross-posts found", null, dups.Count, QualityBars.DuplicateRecall, QualityBars.NoFinder);
            yield return new MeasureRow(Corpus, "dup: quoted replies kept apart", null, replies.Count, QualityBars.DuplicatePrecision, QualityBars.NoFinder);
            yield break;
        }

        var docs = files.Select((f, i) => new EvalDocument(f, inputs[i].Path, inputs[i].Bytes)).ToList();
        var found = context.Duplicates.Find(docs);
        yield return new MeasureRow(Corpus, "dup: cross-posts found", PairScorer.ShareTogether(found, dups), dups.Count, QualityBars.DuplicateRecall,
            "8 cross-posts (same Message-ID) and 1 repost clustered together")
        {
            Misses = PairScorer.Wrong(found, dups, together: true),
        };
        yield return new MeasureRow(Corpus, "dup: quoted replies kept apart", PairScorer.ShareApart(found, replies), replies.Count, QualityBars.DuplicatePrecision,
            "replies quoting the other message (near-revision/related-version tiers) not clustered")
        {
            Misses = PairScorer.Wrong(found, replies, together: false),
        };
    }

    [GeneratedRegex(@"^\s*((re|fwd?)\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();
}
