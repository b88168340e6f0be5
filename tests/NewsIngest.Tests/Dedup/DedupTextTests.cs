using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class DedupTextTests
{
    [Fact]
    public void Normalize_folds_case_quotes_dashes_and_whitespace()
    {
        var curly = "“Don’t   go” — she SAID.\n\nThe end…";
        var straight = "\"don't go\" - She said. The END";

        Assert.Equal("don t go she said the end", DedupText.Normalize(curly));
        Assert.Equal(DedupText.Normalize(curly), DedupText.Normalize(straight));
    }

    [Fact]
    public void The_exact_key_matches_restyled_copies_and_differs_for_other_words()
    {
        var key = DedupText.ExactKey("The mayor’s “plan” – approved.");

        Assert.Equal(key, DedupText.ExactKey("the mayor's \"plan\" - approved"));
        Assert.NotEqual(key, DedupText.ExactKey("the mayor's plan rejected"));
    }

    [Fact]
    public void Quoted_reply_lines_are_left_out_of_the_comparison()
    {
        var reply = "someone@example.org writes:\n\n> The ferry will run all winter.\n>> Says who?\n\nNot on Sundays, it won't.";

        Assert.Equal("someone@example.org writes:\n\n\nNot on Sundays, it won't.", DedupText.WithoutQuotedLines(reply));
    }

    [Fact]
    public void A_reply_that_quotes_a_whole_message_is_not_its_excerpt()
    {
        var original = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"word{i % 37} harbour{i % 11}"));
        var reply = "In a message, Ann wrote:\n\n> " + original + "\n\nI disagree with all of this, strongly, and here is why it matters to the town.";

        var verdict = DuplicateJudge.Judge(original, reply, DedupOptions.Default);

        Assert.False(verdict.IsDuplicate);
    }

    [Theory]
    [InlineData("|> ")]
    [InlineData(": ")]
    [InlineData("<")]
    [InlineData(": > ")]
    public void Replies_quoting_with_other_newsreader_markers_are_not_excerpts_of_the_message(string marker)
    {
        var original = "The ferry to the island will run all winter this year, the council said on Monday.\n"
            + "Tickets go on sale next week at the harbour office and cost the same as last year.\n"
            + "The council had cut the winter service in two of the last five years to save money.";
        var quoted = string.Join('\n', original.Split('\n').Select(line => marker + line));
        var reply = "Ann Lee writes:\n" + quoted + "\n\nNot on Sundays it won't: the timetable on the pier says otherwise.";

        var comparable = DedupText.WithoutQuotedLines(reply, out var quotedLines);
        var verdict = DuplicateJudge.Judge(original, reply, DedupOptions.Default);

        Assert.Equal(3, quotedLines);
        Assert.DoesNotContain("ferry", comparable, StringComparison.Ordinal);
        Assert.False(verdict.IsDuplicate);
        Assert.Contains("a reply: the second quotes 3 lines", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Note the time:\n: the ferry leaves at noon.")]
    [InlineData("<p>One tag line</p>\n<p>and another</p>")]
    [InlineData("| Team | Points |\n| Reds | 12 |")]
    public void A_lone_colon_line_a_tag_or_a_table_row_is_not_a_quote(string body)
    {
        Assert.Equal(body, DedupText.WithoutQuotedLines(body, out var quotedLines));
        Assert.Equal(0, quotedLines);
    }
}
