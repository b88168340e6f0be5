using NewsIngest.Core.Dedup;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Tests.Dedup;

/// <summary>
/// Two rules of the judge: a reply that pastes the message it answers with that message's header lines (no
/// <c>&gt;</c> marks) is not its copy; and a short table whose every figure stands in a longer one in the same frames
/// is that report's excerpt, however few words it has.
/// </summary>
public class PastedMessageAndShortTableTests
{
    private const string Original =
        "From: ann@example.org (Ann Lee)\nSubject: Winter ferry\nDate: Mon, 5 Apr 1993 10:00:00 GMT\n\n"
        + "Does anyone know whether the island ferry keeps running through the\n"
        + "winter this year?  The council said something at the last meeting about\n"
        + "cutting the early sailing, but nobody at the harbour office could tell me\n"
        + "anything, and the timetable on the pier still shows the summer times.\n\n"
        + "  Thanks,\n  Ann\n";

    private static string Reply =>
        "From: ben@example.net (Ben Ortiz)\nSubject: Re: Winter ferry\nDate: Tue, 6 Apr 1993 09:00:00 GMT\n\n"
        + "Message 12 of 40:\n"
        + Original + "\n"
        + "The early boat stays, I asked the skipper myself on Friday.\n";

    [Fact]
    public void A_reply_that_pastes_a_message_with_its_headers_is_not_a_copy_of_it()
    {
        var bodies = new[] { Original, Reply }.Select((text, i) => Body($"ferry/{i}", text)).ToArray();

        Assert.Equal([false, true], bodies.Select(DedupText.EmbedsMessage));
        var verdict = DuplicateJudge.Judge(bodies[0], bodies[1], DedupOptions.Default);
        Assert.False(verdict.IsDuplicate, verdict.Reason);
        Assert.Contains("pastes another message with its header lines", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_like_line_alone_in_prose_is_not_a_pasted_message()
    {
        Assert.False(DedupText.EmbedsMessage("The memo read\nSubject: budget\nand nothing more."));
        Assert.True(DedupText.EmbedsMessage("see below\n>From: a@b.org\n>Date: today\n"));
    }

    private const string Table =
        "Shr 41 cts vs 22 cts\n    Net 803,000 vs 415,000\n    Revs 9.2 mln vs 7.7 mln\n";

    [Fact]
    public void A_short_table_whose_figures_all_recur_in_the_longer_is_its_excerpt()
    {
        var verdict = DuplicateJudge.Judge(Table, Table + "    NOTE: the company did not give fourth quarter figures.\n", DedupOptions.Default);

        Assert.True(verdict.IsDuplicate, verdict.Reason);
        Assert.Equal(DuplicateKind.Excerpt, verdict.Kind);
        Assert.Contains("figures stand in the same frames", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_brief_without_figures_still_needs_the_minimum_words()
    {
        const string brief = "The council said it would meet again next week to discuss the ferry timetable.";
        var verdict = DuplicateJudge.Judge(brief, brief + " Residents asked for an early sailing to stay all winter long.", DedupOptions.Default);

        Assert.False(verdict.IsDuplicate, verdict.Reason);
        Assert.Contains("minimum for an excerpt", verdict.Reason, StringComparison.Ordinal);
    }

    private static string Body(string path, string text) =>
        new ArticlePipeline().Parse(path, System.Text.Encoding.UTF8.GetBytes(text)) is ParseOutcome.Success success
            ? success.Article.Body
            : throw new InvalidOperationException(path);
}
