namespace NewsIngest.Tests.Html;

/// <summary>A byline of initials linked to an author page whose address spells the name the page writes out elsewhere.</summary>
public sealed class InitialsBylineTests
{
    private static IReadOnlyList<string> Authors(string slug, string elsewhere) => MetadataPages.Extract($"""
        <html><body><article><h1>Ferry timetable changes</h1>
        <p class="post-info">Posted by <span class="author vcard"><a class="url fn n" href="/author/{slug}/" rel="author">MQ</a></span></p>
        <p>The winter timetable starts on Monday.</p></article>
        <aside><p>{elsewhere}</p></aside></body></html>
        """).Authors;

    [Fact]
    public void Initials_give_way_to_the_name_their_author_page_spells_when_the_page_writes_it_out()
    {
        Assert.Equal(["Mira Quell"], Authors("miraquell", "Ferry Notes von Mira Quell steht unter einer Creative-Commons-Lizenz."));
    }

    [Theory]
    // The page never writes the name out.
    [InlineData("miraquell", "Ferry Notes steht unter einer Creative-Commons-Lizenz.")]
    // The page writes out another name.
    [InlineData("miraquell", "Fotos: Mara Quist")]
    // The author page's address spells no name: a number.
    [InlineData("4711", "Ferry Notes von Mira Quell")]
    public void Initials_stay_without_a_name_the_author_page_and_the_text_agree_on(string slug, string elsewhere)
    {
        Assert.Equal(["MQ"], Authors(slug, elsewhere));
    }
}
