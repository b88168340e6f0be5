namespace NewsIngest.Core.Search;

/// <summary>
/// The regular English inflections a plain search word also finds: <c>rate</c> finds rates, rated and rating, and
/// <c>rates</c> or <c>rating</c> find rate. Expansion at query time rather than a stemming index: the index keeps
/// exact words (a "quoted" word stays exact, and no store needs rebuilding), and each engine ORs the same forms.
/// Only words of three or more ASCII letters are expanded; a form no article holds costs one index lookup. Without
/// a dictionary the lemma is a guess (suffix rules, and a final e restored after a short consonant-vowel-consonant
/// root: rating → rate, walked → walk), so irregular words keep only what the rules give.
/// </summary>
public static class WordForms
{
    /// <summary>The word itself first, then its other forms, lower case, each once.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        if (w.Length < 3 || !w.All(c => c is >= 'a' and <= 'z'))
        {
            return [word];
        }

        var forms = new List<string> { w };
        foreach (var form in Lemmas(w).SelectMany(Inflect))
        {
            if (!forms.Contains(form))
            {
                forms.Add(form);
            }
        }

        return forms;
    }

    /// <summary>The word with an inflectional suffix taken off (one or two guesses), or the word itself.</summary>
    private static IEnumerable<string> Lemmas(string w)
    {
        if (w.Length > 4 && (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal)))
        {
            return [w[..^3] + "y"];
        }

        if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && Sibilant(w[..^2]))
        {
            return [w[..^2]];
        }

        if (w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return [w[..^1]];
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return Roots(w[..^2]);
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return Roots(w[..^3]);
        }

        return [w];
    }

    /// <summary>
    /// What is left before -ed or -ing: a doubled consonant undone (planned → plan); after a short
    /// consonant-vowel-consonant root the final e (rating → rate, not rat); else the root with and without a final e
    /// (approving → approve, walked → walk: the wrong guess is a word no article holds).
    /// </summary>
    private static IEnumerable<string> Roots(string root)
    {
        if (root.Length > 2 && root[^1] == root[^2] && !IsVowel(root[^1]) && root[^1] is not ('l' or 's' or 'z'))
        {
            return [root[..^1]];
        }

        return ShortCvc(root) ? [root + "e"] : [root, root + "e"];
    }

    /// <summary>The lemma and its regular inflections: plural or third person, past, present participle.</summary>
    private static IEnumerable<string> Inflect(string lemma)
    {
        yield return lemma;
        if (lemma.Length > 2 && lemma.EndsWith('y') && !IsVowel(lemma[^2]))
        {
            yield return lemma[..^1] + "ies";
            yield return lemma[..^1] + "ied";
            yield return lemma + "ing";
            yield break;
        }

        if (lemma.EndsWith('e'))
        {
            yield return lemma + "s";
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
            yield break;
        }

        yield return lemma + (Sibilant(lemma) ? "es" : "s");
        var doubled = ShortCvc(lemma) ? lemma + lemma[^1] : lemma;
        yield return doubled + "ed";
        yield return doubled + "ing";
    }

    private static bool Sibilant(string stem) =>
        stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal);

    /// <summary>A root of three or four letters ending consonant-vowel-consonant (rat, plan, vot), not w, x or y.</summary>
    private static bool ShortCvc(string root) =>
        root.Length is 3 or 4 && !IsVowel(root[^1]) && root[^1] is not ('w' or 'x' or 'y') && IsVowel(root[^2]) && !IsVowel(root[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
