using NewsIngest.Storage.Queries;
using NewsIngest.Storage.Sqlite;

namespace NewsIngest.Benchmarks.Scenarios;

/// <summary>
/// Query words taken from the store itself (a sample of its bodies), so the mix works on any corpus: common words
/// (in most articles), rare words (in one sampled article) and frequent two-word phrases.
/// </summary>
public sealed record SearchTerms(IReadOnlyList<string> Common, IReadOnlyList<string> Rare, IReadOnlyList<string> Phrases)
{
    private const int Each = 10;

    public static SearchTerms From(SqliteArticleStore store, int sample = 1000)
    {
        ArgumentNullException.ThrowIfNull(store);
        var wordDocs = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairDocs = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = 0;
        foreach (var record in store.Export(ArticleFilter.Everything, query: null).Take(sample))
        {
            docs++;
            var words = Words(record.Body);
            foreach (var word in words.Where(w => w.Length >= 5).Distinct())
            {
                wordDocs[word] = wordDocs.GetValueOrDefault(word) + 1;
            }

            foreach (var pair in words.Zip(words.Skip(1), (a, b) => $"{a} {b}").Distinct())
            {
                pairDocs[pair] = pairDocs.GetValueOrDefault(pair) + 1;
            }
        }

        var common = wordDocs.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(Each).Select(p => p.Key).ToList();
        var once = wordDocs.Where(p => p.Value == 1 && p.Key.Length >= 7).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var rare = Enumerable.Range(0, Each).Select(i => once[i * once.Count / Each]).ToList();
        // Phrases of two longer words: "of the" is common but says nothing about phrase search cost on content words.
        var phrases = pairDocs.Where(p => p.Key.Split(' ').All(w => w.Length >= 4) && p.Value < docs / 2)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(Each).Select(p => $"\"{p.Key}\"").ToList();
        return new SearchTerms(common, rare, phrases);
    }

    private static List<string> Words(string body) =>
        [.. body.Split((char[])[' ', '\n', '\t', ',', '.', ';', ':', '"', '\'', '(', ')', '?', '!', '“', '”', '‘', '’', '-', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsLetter)).Select(w => w.ToLowerInvariant())];
}
