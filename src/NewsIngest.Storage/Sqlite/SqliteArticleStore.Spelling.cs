using NewsIngest.Core.Text;

namespace NewsIngest.Storage.Sqlite;

/// <summary>"Did you mean": the indexed word nearest a word no article holds, read from the FTS5 vocabulary.</summary>
public sealed partial class SqliteArticleStore
{
    private bool _vocabulary;

    /// <summary>
    /// The indexed word one edit away from <paramref name="word"/> that the most articles hold, or null when the word
    /// is itself indexed, is not a plain word of four or more letters, or has no such neighbour.
    /// </summary>
    public string? SuggestSpelling(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 4 || !w.All(char.IsLetter))
        {
            return null;
        }

        if (!_vocabulary)
        {
            // A temporary table: the store's file is not written, so this works on a read-only connection.
            Execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.newsingest_vocabulary USING fts5vocab(main, 'articles_fts', 'row')");
            _vocabulary = true;
        }

        var known = Command("SELECT 1 FROM temp.newsingest_vocabulary WHERE term = $term");
        Bind(known, "$term", w);
        if (known.ExecuteScalar() is not null)
        {
            return null;
        }

        var near = Command(
            "SELECT v.term FROM json_each($terms) AS j CROSS JOIN temp.newsingest_vocabulary v ON v.term = j.value " +
            "ORDER BY v.doc DESC, v.term LIMIT 1");
        // Letters only, so each variant is a JSON string as it is.
        Bind(near, "$terms", "[" + string.Join(',', EditDistance.Variants(w).Select(v => $"\"{v}\"")) + "]");
        return near.ExecuteScalar() as string;
    }
}
