using NewsIngest.Core.Text;

namespace NewsIngest.Core.Html;

/// <summary>How far two titles say the same thing: the Dice coefficient of their sets of words, case folded.</summary>
internal static class TitleAgreement
{
    /// <summary>At or above this, two titles name the same story ("Brexit: Nervenkrieg geht in nächste Runde" and "Der Nervenkrieg um den Brexit geht in die nächste Runde").</summary>
    public const double Threshold = 0.6;

    public static double Score(string a, string b)
    {
        var x = WholeWords.Words(a).ToHashSet(StringComparer.Ordinal);
        var y = WholeWords.Words(b).ToHashSet(StringComparer.Ordinal);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var shared = x.Count(y.Contains);
        return 2.0 * shared / (x.Count + y.Count);
    }
}
