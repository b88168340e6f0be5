using NewsIngest.Core.Text;

namespace NewsIngest.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "The council said that it would decide on the plan after the summer, and that the residents were not yet convinced by it.")]
    [InlineData("de", "Der Rat hat gesagt, dass er nach dem Sommer über den Plan entscheiden wird, und die Anwohner sind noch nicht davon überzeugt.")]
    [InlineData("fr", "Le conseil a dit qu'il se prononcera sur le projet après l'été, et que les habitants ne sont pas encore convaincus par cette idée.")]
    [InlineData("es", "El consejo dijo que decidirá sobre el plan después del verano, y que los vecinos todavía no están convencidos de que sea una buena idea.")]
    [InlineData("it", "Il consiglio ha detto che deciderà sul piano dopo l'estate, e che gli abitanti non sono ancora convinti della proposta per la città.")]
    [InlineData("pt", "O conselho disse que vai decidir sobre o plano depois do verão, e que os moradores ainda não estão convencidos da proposta para a cidade.")]
    [InlineData("nl", "De raad zei dat hij na de zomer over het plan zal beslissen, en dat de bewoners er nog niet van overtuigd zijn dat het een goed idee is.")]
    [InlineData("sv", "Rådet sade att det kommer att besluta om planen efter sommaren, och att invånarna ännu inte är övertygade om att det är en bra idé.")]
    [InlineData("pl", "Rada powiedziała, że po lecie zdecyduje w sprawie planu, a mieszkańcy nie są jeszcze przekonani, że to jest dobry pomysł dla miasta.")]
    [InlineData("ru", "Совет сказал, что примет решение по плану после лета, и что жители пока не уверены, что это хорошая идея для города.")]
    [InlineData("el", "Το συμβούλιο είπε ότι θα αποφασίσει για το σχέδιο μετά το καλοκαίρι και ότι οι κάτοικοι δεν έχουν πειστεί ακόμη.")]
    [InlineData("ja", "市議会は夏の後に計画について決定すると述べ、住民はまだ納得していないと伝えられている。")]
    [InlineData("zh", "市议会表示将在夏天之后对该计划作出决定，居民们对此仍然没有被说服。")]
    [InlineData("ko", "시의회는 여름이 지나면 계획에 대해 결정하겠다고 밝혔으며 주민들은 아직 설득되지 않았다.")]
    [InlineData("ar", "قال المجلس إنه سيقرر بشأن الخطة بعد الصيف وإن السكان لم يقتنعوا بعد بهذه الفكرة.")]
    [InlineData("he", "המועצה אמרה שתחליט על התוכנית אחרי הקיץ ושהתושבים עדיין לא השתכנעו מהרעיון.")]
    public void Detect_names_the_language_of_a_paragraph(string expected, string text) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("OK")]
    [InlineData("1234 5678 9012")]
    [InlineData("Xkcd qwrtp zzvb mmnop grrft")]
    public void Detect_abstains_when_the_text_is_too_short_or_unclear(string text) =>
        Assert.Null(LanguageDetector.Detect(text));
}
