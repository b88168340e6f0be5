namespace NewsIngest.Tests.Html;

/// <summary>A login shown in a post's byline, and a person the post's own text credits with it.</summary>
public sealed class LoginBylineTests
{
    private static IReadOnlyList<string> Authors(string body) => MetadataPages.Extract($"""
        <html><body><h1>Ferry Notes</h1>{body}</body></html>
        """).Authors;

    private static string Post(string credit) => $"""
        <article class="node-blog"><header><p class="submitted">Gespeichert von <span class="username">harbourdesk</span> am 7. Juli 2019</p></header>
        <div class="content">{credit}<p>The winter timetable starts on Monday, and the first ferry leaves at six.</p></div></article>
        """;

    [Fact]
    public void A_person_the_post_credits_wins_over_the_login_in_its_byline()
    {
        Assert.Equal(["Mira Quell"], Authors(Post("<p>Blog Beitrag von Mira Quell</p>")));
    }

    [Fact]
    public void The_login_stays_without_such_a_credit_in_its_own_post()
    {
        // The next post on a blog's front page is another story, by another writer.
        var next = """<article class="post"><p class="meta">von Tom Reyes</p><p>Another story.</p></article>""";

        Assert.Equal(["harbourdesk"], Authors(Post("") + next));
    }
}
