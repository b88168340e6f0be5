using NewsIngest.Core.Model;
using NewsIngest.Evaluation.Corpora.Reuters;

namespace NewsIngest.Tests.Evaluation;

public class ReutersRenderingTests
{
    // An invented two-record file in the Reuters-21578 layout (not text from the corpus).
    private const string Sgml = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" NEWID="7">
        <DATE> 1-MAR-1987 09:00:00.00</DATE>
        <TEXT>&#2;
        <TITLE>ACME &lt;ACM&gt; RAISES WIDGET OUTPUT</TITLE>
        <AUTHOR>    By Ann Lee, Reuters</AUTHOR>
        <DATELINE>    SPRINGFIELD, March 1 - </DATELINE><BODY>Acme Corp said it will make
        more widgets &amp; gadgets.
            It gave no figures.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="8"><DATE>2-MAR-1987 10:00:00.00</DATE><TEXT TYPE="BRIEF">&#2;<TITLE>BRIEF ONLY</TITLE></TEXT></REUTERS>
        <REUTERS TOPICS="NO" NEWID="9"><DATE>3-MAR-1987 11:00:00.00</DATE><TEXT TYPE="UNPROC">&#2;
        WIDGET TABLE
         Small.......1 vs 2
        &#3;</TEXT></REUTERS>
        """;

    [Fact]
    public void Split_yields_one_document_per_REUTERS_element_with_entities_decoded()
    {
        var docs = ReutersSgml.Split(Sgml).ToList();

        Assert.Equal(3, docs.Count);
        var d = docs[0];
        Assert.Equal(7, d.NewId);
        Assert.Equal("1-MAR-1987 09:00:00.00", d.Date);
        Assert.Equal("ACME <ACM> RAISES WIDGET OUTPUT", d.Title);
        Assert.Equal("By Ann Lee, Reuters", d.Author);
        Assert.Equal("SPRINGFIELD, March 1 -", d.Dateline);
        Assert.Equal("Acme Corp said it will make\nmore widgets & gadgets.\n    It gave no figures.\n Reuter\n", d.Body);
        Assert.Null(docs[1].Body);
        Assert.Equal("BRIEF ONLY", docs[1].Title);
        Assert.Null(docs[2].Title);
        Assert.Equal("WIDGET TABLE\n Small.......1 vs 2\n", docs[2].Body);
    }

    [Fact]
    public void Render_lays_out_title_date_author_then_dateline_and_body()
    {
        var doc = ReutersSgml.Split(Sgml).First();

        Assert.Equal(
            "ACME <ACM> RAISES WIDGET OUTPUT\n\n1-MAR-1987 09:00:00.00\n\nBy Ann Lee, Reuters\n\n"
            + "SPRINGFIELD, March 1 - Acme Corp said it will make\nmore widgets & gadgets.\n    It gave no figures.\n Reuter\n",
            WireRenderer.Render(doc));
    }

    [Fact]
    public void Render_leaves_out_the_author_block_when_there_is_none()
    {
        var doc = new ReutersDocument(1, "2-MAR-1987 10:00:00.00", "TITLE", null, null, "Body.\n Reuter\n");

        Assert.Equal("TITLE\n\n2-MAR-1987 10:00:00.00\n\nBody.\n Reuter\n", WireRenderer.Render(doc));
    }

    [Theory]
    [InlineData("SALVADOR, Feb 26 -", "SALVADOR")]
    [InlineData("COLUMBUS, Ohio, June 2 -", "COLUMBUS, Ohio")]
    [InlineData("Quito, march 13 -", "Quito")]
    [InlineData("VANCOUVER, B.C., March 25 -", "VANCOUVER, B.C.")]
    [InlineData("AMSTERDAM, 2 March -", "AMSTERDAM")]
    [InlineData("CHICAGO, March 4, -", "CHICAGO")]
    [InlineData("OKLAHOMA CITY, Okla. March 11, Reuter -", "OKLAHOMA CITY, Okla.")]
    [InlineData("RIO DE JANEIRO, Feb 26 - Brazil's new plan", "RIO DE JANEIRO")]
    [InlineData("NEW YORK -", "NEW YORK")]
    public void The_dateline_place_drops_the_date_and_dash(string dateline, string place)
    {
        Assert.Equal(place, DatelinePlace.Of(dateline));
    }

    [Theory]
    [InlineData("COLUMBUS, Ohio, June 2 -", "Columbus", true)]
    [InlineData("COLUMBUS, Ohio, June 2 -", "COLUMBUS, Ohio", true)]
    [InlineData("SALVADOR, Feb 26 -", "Bahia", false)]
    [InlineData("SALVADOR, Feb 26 -", null, false)]
    public void A_dateline_matches_its_full_place_or_its_city(string labelled, string? actual, bool matches)
    {
        Assert.Equal(matches, DatelinePlace.Matches(labelled, actual));
    }

    [Fact]
    public void Author_names_drop_the_outlet()
    {
        Assert.Equal(["Ann Lee"], ReutersEvaluation.AuthorNames("By Ann Lee, Reuters"));
    }

    [Fact]
    public void The_sign_off_counts_as_removed_only_when_gone_from_the_body_and_recorded()
    {
        var removed = Article("It gave no figures.", new BoilerplateRemoval("Reuter", BoilerplateReasons.SignOff));
        var kept = Article("It gave no figures.\n\nReuter", new BoilerplateRemoval("Reuter", BoilerplateReasons.SignOff));
        var unrecorded = Article("It gave no figures.");

        Assert.True(ReutersEvaluation.SignOffRemoved(removed, "Reuter"));
        Assert.False(ReutersEvaluation.SignOffRemoved(kept, "Reuter"));
        Assert.False(ReutersEvaluation.SignOffRemoved(unrecorded, "Reuter"));
        Assert.True(ReutersEvaluation.SignOffRemoved(Article("Sales rose.", new BoilerplateRemoval(" REUTER ", BoilerplateReasons.SignOff)), "REUTER"));
    }

    private static Article Article(string body, params BoilerplateRemoval[] boilerplate) =>
        new() { Path = "t.txt", Sha256 = "00", Body = body, Boilerplate = boilerplate };
}
