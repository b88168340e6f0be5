using NewsIngest.Core.Cleaning;
using NewsIngest.Core.Model;

namespace NewsIngest.Tests.Cleaning;

public class BoilerplateCleanerTests
{
    [Theory]
    [InlineData("™ & © 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.", BoilerplateReasons.Copyright)]
    [InlineData("The-CNN-Wire", BoilerplateReasons.WireTag)]
    [InlineData("CNN’s Jennifer Hansler and Priscilla Alvarez contributed to this report.", BoilerplateReasons.Contributor)]
    [InlineData("Reporting by Ann Lee; Editing by Peter Muir", BoilerplateReasons.Contributor)]
    [InlineData("Read more: How the school garden project began", BoilerplateReasons.ReadMore)]
    [InlineData("Share this article", BoilerplateReasons.SharePrompt)]
    [InlineData("Sign up for our weekly newsletter to get local news in your inbox.", BoilerplateReasons.SharePrompt)]
    [InlineData("Photo: Skaters on the new rink on opening night.", BoilerplateReasons.PhotoCaption)]
    public void Each_kind_of_boilerplate_is_removed_with_its_reason(string paragraph, string reason)
    {
        var cleaned = BoilerplateCleaner.Clean(["The story starts here and goes on for a while.", "The story ends here.", paragraph], null);

        Assert.Equal(new BoilerplateRemoval(paragraph, reason), Assert.Single(cleaned.Removed));
        Assert.Equal(2, cleaned.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Many readers subscribe to the idea that the council should have acted years ago, the survey found.")]
    [InlineData("Concern around Washington")]
    public void Prose_and_section_headings_stay(string paragraph)
    {
        var cleaned = BoilerplateCleaner.Clean(["The story starts here.", paragraph, "The story ends here."], null);

        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void The_wire_sign_off_is_removed_even_when_glued_to_the_last_line()
    {
        var cleaned = BoilerplateCleaner.Clean(["Shipping firms complained.", "Soybean oil prev 3.7, total 55.8 (33.7).        REUTER"], null);

        Assert.Equal(new BoilerplateRemoval("REUTER", BoilerplateReasons.SignOff), Assert.Single(cleaned.Removed));
        Assert.Equal("Soybean oil prev 3.7, total 55.8 (33.7).", cleaned.Paragraphs[^1]);
    }

    [Fact]
    public void A_trailing_list_of_headlines_is_removed_but_the_story_is_kept()
    {
        string[] paragraphs =
        [
            "The agency said waiting times had fallen from four months to six weeks.",
            "Wind Farm Plan Splits Coastal Village",
            "Council Tax Rise Capped at Three Percent",
            "Local Bus Routes Saved After Public Campaign",
        ];

        var cleaned = BoilerplateCleaner.Clean(paragraphs, null);

        Assert.Equal([paragraphs[0]], cleaned.Paragraphs);
        Assert.All(cleaned.Removed, r => Assert.Equal(BoilerplateReasons.RelatedHeadlines, r.Reason));
    }

    [Fact]
    public void A_labelled_list_goes_whatever_the_length_of_its_items()
    {
        var cleaned = BoilerplateCleaner.Clean(["The story.", "More headlines", "Gauge", "Yukos Is and the Game"], null);

        Assert.Equal(["The story."], cleaned.Paragraphs);
        Assert.Equal(3, cleaned.Removed.Count);
    }

    [Fact]
    public void A_list_of_nominees_in_the_article_is_not_a_list_of_headlines()
    {
        string[] paragraphs = ["The winners were:", "Little Britain (BBC Three)", "Doc Martin (Buffalo Productions, ITV1)", "Nighty Night (Baby Cow Productions, BBC Three)", "School Of Rock"];

        Assert.Empty(BoilerplateCleaner.Clean(paragraphs, null).Removed);
    }

    [Theory]
    [InlineData("SEARS             4.9      1.8 BILL", "K MART            13.1     1.5 BILL", "WAL MART          44.0     885 MLN")]
    [InlineData("[1] Harbor Authority Annual Report", "[2] The Coastal Times Archive", "[3] State Shipping Register Records")]
    [InlineData("Rockets and the Family - August 1989", "The Long Road to Mars - October 1989", "Light Pollution Over Cities - May 1991")]
    public void Tables_reading_lists_and_numbered_references_are_not_headline_lists(string a, string b, string c) =>
        Assert.Empty(BoilerplateCleaner.Clean(["The story.", a, b, c], null).Removed);

    [Fact]
    public void A_plain_sentence_repeated_by_the_wire_is_not_a_pull_quote()
    {
        string[] paragraphs =
        [
            "About 300 other creditor banks are also expected to approve the agreement, he said.",
            "The governor said about 300 other creditor banks are also expected to approve the agreement, he said, in a statement.",
        ];

        Assert.Empty(BoilerplateCleaner.Clean(paragraphs, null).Removed);
    }

    [Fact]
    public void Two_headline_like_lines_at_the_end_are_not_a_list()
    {
        var cleaned = BoilerplateCleaner.Clean(["The story.", "Wind Farm Plan Splits Coastal Village", "Council Tax Rise Capped at Three Percent"], null);

        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void A_pull_quote_that_repeats_a_body_sentence_is_removed_and_a_short_heading_is_not()
    {
        string[] paragraphs =
        [
            "'What’s worse for him, there is now more than one general willing to capture and hand him over.'",
            "\"Maduro is trapped,\" the source said. \"What’s worse for him, there is now more than one general willing to capture and hand him over,\" he added.",
            "Are we going to invade Venezuela?",
            "Are we going to invade Venezuela and depose the regime when it is offering most of what we ask?",
        ];

        var cleaned = BoilerplateCleaner.Clean(paragraphs, null);

        Assert.Equal(new BoilerplateRemoval(paragraphs[0], BoilerplateReasons.PullQuote), Assert.Single(cleaned.Removed));
    }

    [Fact]
    public void A_pull_quote_is_found_where_the_body_splits_its_longest_word_with_an_apostrophe()
    {
        // The quote's longest word is looked for in the raw paragraphs before any is folded: "neighbour’s" folds
        // to the quote's "neighbours" but does not hold it as written.
        string[] paragraphs =
        [
            "“Our neighbours patience has worn thin after years of broken promises by the county.”",
            "One organiser said: our neighbour’s patience has worn thin after years of broken promises by the county, and nobody believes it any more.",
        ];

        var cleaned = BoilerplateCleaner.Clean(paragraphs, null);

        Assert.Equal(new BoilerplateRemoval(paragraphs[0], BoilerplateReasons.PullQuote), Assert.Single(cleaned.Removed));
    }

    [Fact]
    public void A_pull_quote_is_found_where_the_body_writes_a_letter_that_lower_cases_into_ascii()
    {
        var intoAscii = Enumerable.Range(0x80, 0x10000 - 0x80).Select(c => (char)c)
            .Where(c => char.IsLetterOrDigit(c) && char.ToLowerInvariant(c) is >= 'a' and <= 'z');
        foreach (var letter in intoAscii)
        {
            var word = $"unmista{char.ToLowerInvariant(letter)}ably";
            string[] paragraphs =
            [
                $"“The ruling was {word} a rebuke of the council and its planners, residents said.”",
                $"Residents gathered outside the hall. The ruling was {word.Replace(char.ToLowerInvariant(letter), letter)} a rebuke of the council and its planners, residents said, and they cheered.",
            ];

            var cleaned = BoilerplateCleaner.Clean(paragraphs, null);

            Assert.Equal(new BoilerplateRemoval(paragraphs[0], BoilerplateReasons.PullQuote), Assert.Single(cleaned.Removed));
        }
    }

    [Fact]
    public void The_title_repeated_as_the_first_paragraph_is_removed()
    {
        var cleaned = BoilerplateCleaner.Clean(["Rail Line to Reopen", "The line reopens on Monday."], "Rail line to reopen");

        Assert.Equal(BoilerplateReasons.RepeatedTitle, Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void What_follows_the_closing_copyright_notice_is_page_footer()
    {
        string[] paragraphs = ["The story.", "---", "Copyright The Marion Ledger. All rights reserved.", "Subscribe to our newsletter.", "A teaser of another story goes here."];

        var cleaned = BoilerplateCleaner.Clean(paragraphs, null);

        Assert.Equal(["The story."], cleaned.Paragraphs);
        Assert.Equal(
            [BoilerplateReasons.Separator, BoilerplateReasons.Copyright, BoilerplateReasons.SharePrompt, BoilerplateReasons.Navigation],
            cleaned.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void A_usenet_signature_is_removed()
    {
        var cleaned = BoilerplateCleaner.Clean(["Use a proper filter.", "--", "Margaret Hobbs, Example Observatory"], null);

        Assert.Equal(["Use a proper filter."], cleaned.Paragraphs);
        Assert.All(cleaned.Removed, r => Assert.Equal(BoilerplateReasons.Signature, r.Reason));
    }
}
