using NewsIngest.Core.Dedup;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Text;

namespace NewsIngest.Tests.Dedup;

/// <summary>
/// A Usenet reply that quotes a whole message with a news reader's <c>|&gt;</c> marker, right under its attribution
/// line and hard-wrapped like the rest, and adds a few lines of its own: the quoted lines must survive parsing as
/// lines, so the detector can leave them out and compare what the reply adds.
/// </summary>
public class QuotedReplyTests
{
    private const string Original =
        "From: ann@example.org (Ann Lee)\nSubject: Winter ferry\nDate: Mon, 5 Apr 1993 10:00:00 GMT\n\n"
        + "     Does anyone know whether the island ferry keeps running through the\n"
        + "winter this year?  The council said something at the last meeting about\n"
        + "cutting the early sailing, but nobody at the harbour office could tell me\n"
        + "anything, and the timetable on the pier still shows the summer times.  I\n"
        + "have to be on the mainland by eight most mornings, so it matters a lot.\n";

    private static string Reply =>
        "From: ben@example.net (Ben Ortiz)\nSubject: Re: Winter ferry\nDate: Tue, 6 Apr 1993 09:00:00 GMT\n\n"
        + "In article <ferry.1@example.org>, ann@example.org (Ann Lee) writes:\n"
        + string.Join('\n', Original.Split("\n\n", 2)[1].TrimEnd('\n').Split('\n').Select(line => "|> " + line)) + "\n\n"
        + "The early boat stays, I asked the skipper myself on Friday.\n"
        + "Only the last evening crossing goes.\n";

    [Fact]
    public void Lines_quoted_with_a_bar_marker_are_not_joined_into_the_attribution_paragraph()
    {
        var block = Reply.Split("\n\n")[1];
        var lines = ParagraphSplitter.Split(block).SelectMany(p => p.Text.Split('\n')).ToList();

        // The attribution stays a line of its own and every quoted line still opens with its marker.
        Assert.EndsWith("writes:", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Count(line => line.StartsWith("|> ", StringComparison.Ordinal)));
        Assert.Equal(6, lines.Count);
    }

    [Fact]
    public void A_parsed_reply_quoting_a_whole_message_with_bars_is_not_a_copy_of_it()
    {
        var pipeline = new ArticlePipeline();
        var original = Body(pipeline, "ferry/1", Original);
        var reply = Body(pipeline, "ferry/2", Reply);

        var verdict = DuplicateJudge.Judge(original, reply, DedupOptions.Default);

        Assert.False(verdict.IsDuplicate, verdict.Reason);
        Assert.Contains("a reply: the second quotes", verdict.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour", DedupText.WithoutQuotedLines(reply), StringComparison.Ordinal);
    }

    private static string Body(ArticlePipeline pipeline, string path, string text) =>
        pipeline.Parse(path, System.Text.Encoding.UTF8.GetBytes(text)) is ParseOutcome.Success { Article: var article }
            ? article.Body
            : throw new InvalidOperationException($"{path} did not parse");
}
