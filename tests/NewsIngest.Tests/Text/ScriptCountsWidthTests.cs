using NewsIngest.Core.Text;

namespace NewsIngest.Tests.Text;

/// <summary>
/// The Native AOT build counts scripts with 128-bit vectors where this machine's JIT uses 256-bit ones: each width,
/// forced here, must count what the char loop counts.
/// </summary>
public class ScriptCountsWidthTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "Short.",
        "The council met on Tuesday to discuss the harbour's new railway bridge, 42 votes to 7.",
        "Le conseil a voté mardi : « une décision historique » pour l'économie régionale.",
        "Городской совет собрался во вторник, чтобы обсудить новый мост. The council met too.",
        "Το συμβούλιο συνεδρίασε την Τρίτη. 東京都議会は火曜日に開かれた。 서울시의회는 화요일에 열렸다.",
        "مجلس المدينة اجتمع يوم الثلاثاء. मंगलवार को परिषद की बैठक हुई। สภาเมืองประชุมวันอังคาร",
        new string('a', 37) + "é" + new string('Z', 40) + "ж" + new string('?', 23),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_vector_width_counts_what_the_char_loop_counts(string text)
    {
        var loop = ScriptCounts.Of(text, 0);

        foreach (var width in new[] { 128, 256 })
        {
            var counts = ScriptCounts.Of(text, width);
            Assert.Equal(loop.Letters, counts.Letters);
            Assert.Equal(loop.IsCyrillic, counts.IsCyrillic);
            Assert.Equal(loop.Dominant(), counts.Dominant());
        }
    }
}
