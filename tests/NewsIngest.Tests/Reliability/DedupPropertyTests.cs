using System.Globalization;
using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Reliability;

/// <summary>
/// The duplicate judge and the clustering on a seeded random corpus of stories and their copies (edited, cut,
/// extended, re-figured): verdicts do not depend on argument order, measures stay in [0, 1], a body is an exact
/// copy of itself, and clusters do not depend on the order articles arrive in.
/// </summary>
public class DedupPropertyTests
{
    private static readonly string[] Words =
    [
        "council", "harbour", "river", "market", "school", "bridge", "farmers", "weather", "museum", "railway", "budget",
        "report", "village", "station", "garden", "library", "festival", "election", "hospital", "factory", "said",
        "announced", "expected", "opened", "closed", "warned", "agreed", "rejected", "new", "old", "local", "the", "a",
        "on", "in", "at", "for", "with", "after", "before", "week", "month", "morning", "residents", "officials", "visitors",
    ];

    [Fact]
    public void Judging_is_symmetric_bounded_and_exact_on_itself_for_thousands_of_pairs()
    {
        var random = new Random(21);
        var bodies = Corpus(random).Select(a => a.Body).ToList();
        var options = DedupOptions.Default;
        var documents = bodies.Select(b => DedupDocument.Prepare(b, options)).ToList();
        for (var i = 0; i < 3000; i++)
        {
            // Half the pairs are neighbours, which are mostly members of one family, so duplicates are well represented.
            var a = random.Next(documents.Count);
            var b = i % 2 == 0 ? Math.Min(documents.Count - 1, a + random.Next(1, 4)) : random.Next(documents.Count);
            var ab = DuplicateJudge.Judge(documents[a], documents[b], options);
            var ba = DuplicateJudge.Judge(documents[b], documents[a], options);

            Assert.Equal((ab.IsDuplicate, ab.Kind, ab.DifferentReports), (ba.IsDuplicate, ba.Kind, ba.DifferentReports));
            Assert.Equal(ab.Similarity, ba.Similarity, 12);
            Assert.Equal(ab.Jaccard, ba.Jaccard, 12);
            foreach (var measure in new[] { ab.Jaccard, ab.Containment, ab.Similarity })
            {
                Assert.InRange(measure, 0.0, 1.0);
            }

            Assert.Equal(ab.IsDuplicate, ab.Kind != DuplicateKind.None);
        }

        foreach (var body in bodies)
        {
            Assert.Equal(DuplicateKind.Exact, DuplicateJudge.Judge(body, body, options).Kind);
        }
    }

    [Fact]
    public void Clusters_do_not_depend_on_the_order_articles_arrive_in()
    {
        var random = new Random(22);
        var corpus = Corpus(random);
        var expected = Describe(corpus);
        Assert.Contains("exact", expected, StringComparison.Ordinal);
        Assert.Contains("near", expected, StringComparison.Ordinal);
        Assert.Contains("excerpt", expected, StringComparison.Ordinal);

        for (var shuffle = 0; shuffle < 8; shuffle++)
        {
            var order = corpus.ToArray();
            random.Shuffle(order);
            Assert.Equal(expected, Describe(order));
        }
    }

    [Fact]
    public void Clusters_do_not_depend_on_the_order_or_repetition_of_confirmed_pairs()
    {
        var random = new Random(23);
        var corpus = Corpus(random);
        var index = InMemoryDuplicateIndex.Detect(corpus);
        var pairs = index.Pairs().ToList();
        var members = corpus.Select(a => a.Member).ToList();
        var documents = corpus.ToDictionary(a => a.Member.Id, a => DedupDocument.Prepare(a.Body, DedupOptions.Default));
        DuplicateVerdict Judge(long a, long b) => DuplicateJudge.Judge(documents[a], documents[b], DedupOptions.Default);
        var expected = Describe(ClusterBuilder.Build(pairs, members, Judge));
        Assert.Equal(expected, Describe(index.Clusters()));

        for (var shuffle = 0; shuffle < 8; shuffle++)
        {
            var mixed = pairs.Concat(pairs.Take(pairs.Count / 3)).Select(p => random.Next(2) == 0 ? p : (p.B, p.A)).ToArray();
            random.Shuffle(mixed);
            var shuffledMembers = members.ToArray();
            random.Shuffle(shuffledMembers);
            Assert.Equal(expected, Describe(ClusterBuilder.Build(mixed, shuffledMembers, Judge)));
        }
    }

    private static string Describe(IEnumerable<(string Body, ClusterMember Member)> corpus)
    {
        return Describe(InMemoryDuplicateIndex.Detect(corpus).Clusters());
    }

    private static string Describe(IReadOnlyList<DuplicateCluster> clusters) => string.Join(
        "\n",
        clusters.Select(c => $"{c.CanonicalId}: " + string.Join(", ", c.Duplicates.Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Id} {d.Kind.ToString().ToLowerInvariant()} {d.Similarity:0.######}")))));

    /// <summary>Forty stories, each followed by a few copies: exact, lightly edited, cut to an excerpt, extended or re-figured.</summary>
    private static List<(string Body, ClusterMember Member)> Corpus(Random random)
    {
        var corpus = new List<(string Body, ClusterMember Member)>();
        for (var story = 0; story < 40; story++)
        {
            var paragraphs = Enumerable.Range(0, random.Next(3, 8)).Select(_ => Sentence(random, random.Next(25, 60))).ToList();
            var variants = new List<string> { string.Join("\n\n", paragraphs) };
            for (var copy = random.Next(0, 5); copy > 0; copy--)
            {
                variants.Add(random.Next(5) switch
                {
                    0 => variants[0],
                    1 => Edit(variants[0], random),
                    2 => string.Join("\n\n", paragraphs.Take(Math.Max(2, paragraphs.Count * 2 / 3))),
                    3 => variants[0] + "\n\n" + Sentence(random, 30),
                    _ => variants[0].Replace(" 1", " 7", StringComparison.Ordinal),
                });
            }

            foreach (var body in variants)
            {
                var id = corpus.Count + 1;
                var published = new DateOnly(2025, 1, 1).AddDays(random.Next(300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                corpus.Add((body, new ClusterMember(id, Core.Text.WordCounter.Count(body), random.Next(4), random.Next(4) == 0 ? null : published, $"{id:D4}.txt")));
            }
        }

        return corpus;
    }

    private static string Sentence(Random random, int length) => string.Join(' ', Enumerable.Range(0, length).Select(_ =>
        random.Next(12) == 0 ? random.Next(10, 2000).ToString(CultureInfo.InvariantCulture) : Words[random.Next(Words.Length)]));

    private static string Edit(string body, Random random)
    {
        var words = body.Split(' ');
        for (var k = 0; k < Math.Max(1, words.Length / 40); k++)
        {
            words[random.Next(words.Length)] = Words[random.Next(Words.Length)];
        }

        return string.Join(' ', words);
    }
}
