using NewsIngest.Core.Model;

namespace NewsIngest.Tests.Html;

/// <summary>The credits a page prints where it has no byline: a Chinese page's editor line, a press release's contact.</summary>
public sealed class CreditLinesTests
{
    private const string Story = MetadataPages.Story;

    private const string ChineseStory = "<p>港口委员会周二投票决定在夏季到来之前重建旧码头，工程将于三月开始。</p>"
        + "<p>财务主管在会上说，甲板的维修费用将超过委员会最初的计划。</p><p>如果天气允许，码头将在六月底前重新向行人开放。</p>";

    private static Article Parse(string html) => MetadataPages.Parse(html);

    [Theory]
    [InlineData("<div class='tags'><span class='fix'><a href='#'>【纠错】</a></span> 责任编辑：  林静  </div>", "林静")]
    [InlineData("<div>[责任编辑:王海]</div>", "王海")]
    [InlineData("<div><span>作者：</span><span>陈明</span></div><div>责任编辑：王海</div>", "陈明")]
    [InlineData("<div><span>作者：</span></div><div>責任編輯：王海</div>", "王海")]
    public void A_chinese_page_without_a_byline_credits_its_writer_or_else_its_editor(string credit, string expected)
    {
        var article = Parse($"<html lang='zh'><body><article><h1>旧码头将重建</h1>{ChineseStory}</article>{credit}</body></html>");

        Assert.Equal([expected], article.Authors);
        Assert.Equal("credit", article.Provenance["authors"]);
    }

    [Theory]
    [InlineData("<p>责任编辑：<span></span></p>")]
    [InlineData("<p>编辑部的话：港口委员会的决定</p>")]
    [InlineData("<nav><p>责任编辑：王海</p></nav>")]
    public void An_empty_editor_line_or_a_sentence_is_no_credit(string credit)
    {
        var article = Parse($"<html lang='zh'><body><article><h1>旧码头将重建</h1>{ChineseStory}</article>{credit}</body></html>");

        Assert.Empty(article.Authors);
    }

    [Theory]
    [InlineData("<div class='credits'><div class='credit'><div class='credit-label'>Interview</div><div class='credit-text'>SVEN ADLER</div></div>"
        + "<div class='credit'><div class='credit-label'>Fotograf</div><div class='credit-text'>Eric Roy</div></div></div>", "SVEN ADLER")]
    [InlineData("<dl><dt>Fotos</dt><dd>Eric Roy</dd><dt>Text</dt><dd>Ann Lee und Bo Chen</dd></dl>", "Ann Lee|Bo Chen")]
    public void A_credits_list_names_the_writer_after_a_writers_role(string credits, string expected)
    {
        var article = Parse($"<html><body><article><h1>Pier to be rebuilt</h1>{Story}{credits}</article></body></html>");

        Assert.Equal(expected.Split('|'), article.Authors);
        Assert.Equal("credit", article.Provenance["authors"]);
    }

    [Theory]
    [InlineData("<div class='credits'><div class='credit-label'>Fotograf</div><div class='credit-text'>Eric Roy</div></div>")]
    [InlineData("<form><label class='form-label'>Text</label><textarea></textarea></form>")]
    [InlineData("<div><div>Text</div><div>Ann Lee</div></div>")]
    public void No_credit_from_other_roles_an_empty_field_or_an_unmarked_pair(string credits)
    {
        Assert.Empty(Parse($"<html><body><article><h1>Pier to be rebuilt</h1>{Story}{credits}</article></body></html>").Authors);
    }

    [Theory]
    [InlineData("<p><strong>Pressekontakt</strong><br>Dr. Jana Vogt<br>Pressesprecherin Hafenwerke AG<br>Tel.: 0211 77900 363</p>", "Jana Vogt")]
    [InlineData("<p>Pressekontakt:<br>Hafenwerke SE<br>Ben Ott<br>Tel: +49 (0)40-30030-1000<br>E-Mail: ott@hafenwerke.example</p>", "Ben Ott")]
    [InlineData("<p><b>Media contact</b></p><p>Ann Lee<br>ann.lee@harbour.example</p>", "Ann Lee")]
    [InlineData("<aside><h2>Ansprechpartnerin</h2><address><p class='name'>Kathrin Vogel</p><p class='job'>Pressesprecherin</p></address></aside>", "Kathrin Vogel")]
    [InlineData("<aside><a href='/kontakt/12'><strong>Mia Roth </strong></a><div class='function'>Stellvertretende Pressesprecherin und Leitung Presse</div></aside>", "Mia Roth")]
    public void A_press_release_without_a_byline_credits_its_press_contact(string contact, string expected)
    {
        var article = Parse($"<html><body><article><h1>Pier to be rebuilt</h1>{Story}{contact}</article><p>Seite drucken</p></body></html>");

        Assert.Equal([expected], article.Authors);
        Assert.Equal("press contact", article.Provenance["authors"]);
    }

    [Theory]
    // A scientist to ask about the study is no press contact: the label names no press.
    [InlineData("<p><strong>Kontakt:</strong></p><p>Dr. Jana Vogt<br>Institut für Meereskunde<br>E-Mail: vogt@institut.example</p>")]
    // A press label with a name and nothing to reach them by is too loose a credit.
    [InlineData("<p><strong>Pressekontakt</strong><br>Ben Ott<br>Hafenwerke</p>")]
    // The press office itself is no person.
    [InlineData("<p>Pressekontakt:<br>Pressestelle der Hafenwerke<br>Tel.: 0211 77900 363</p>")]
    public void No_press_contact_without_a_press_label_a_way_to_reach_them_or_a_person(string contact)
    {
        var article = Parse($"<html><body><article><h1>Pier to be rebuilt</h1>{Story}{contact}</article><p>Seite drucken</p></body></html>");

        Assert.Empty(article.Authors);
    }

    [Fact]
    public void A_declared_author_wins_over_the_press_contact()
    {
        var article = Parse("<html><head><meta name='author' content='Tom Reyes'></head><body><article><h1>Pier to be rebuilt</h1>"
            + Story + "<p><strong>Pressekontakt</strong><br>Dr. Jana Vogt<br>Tel.: 0211 77900 363</p></article></body></html>");

        Assert.Equal(["Tom Reyes"], article.Authors);
    }
}
