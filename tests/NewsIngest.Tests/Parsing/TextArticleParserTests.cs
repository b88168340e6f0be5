using System.Text;
using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;

namespace NewsIngest.Tests.Parsing;

public class TextArticleParserTests
{
    private static readonly ParseOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    private static Article Parse(string text, ParseOptions? options = null)
    {
        var outcome = new ArticlePipeline(options ?? Options).Parse("test.txt", Encoding.UTF8.GetBytes(text));
        return Assert.IsType<ParseOutcome.Success>(outcome).Article;
    }

    [Fact]
    public void Parse_lifts_the_CNN_dateline_out_of_the_first_paragraph()
    {
        var a = Parse("Town votes on cars\n\nBy Dana Whitfield, CNN\n(CNN) — Residents voted on Sunday.\nThe vote passed.\n");

        Assert.StartsWith("Residents voted on Sunday.", a.Body);
        Assert.Equal("CNN", a.Source);
        Assert.Null(a.Dateline);
        Assert.Equal(["Dana Whitfield"], a.Authors);
    }

    [Fact]
    public void A_newsgroup_post_gives_subject_as_title_the_From_name_and_the_Date_header()
    {
        var a = Parse("Path: a!b\nFrom: hobbs@astro.example.edu (Margaret Hobbs)\nSubject: Re: Filters\nDate: Mon, 2 May 94 10:15:00 EDT\n\nUse a proper filter.\n");

        Assert.Equal("Re: Filters", a.Title);
        Assert.Equal(["Margaret Hobbs"], a.Authors);
        Assert.Equal("1994-05-02T10:15:00-04:00", a.Published);
        Assert.Equal(DateSource.Header, a.DateSource);
        Assert.Equal("Use a proper filter.", a.Body);
    }

    [Fact]
    public void A_standalone_wire_timestamp_under_the_title_is_a_date_header()
    {
        var a = Parse("GRAIN TERMINAL EXPANSION APPROVED\n\n14-JUN-2024 09:30:00.00\n\nROTTERDAM, June 14 - The port board approved a plan.\n Reuter\n");

        Assert.Equal("GRAIN TERMINAL EXPANSION APPROVED", a.Title);
        Assert.Equal("2024-06-14", a.Published);
        Assert.Equal("ROTTERDAM", a.Dateline);
        Assert.Equal("The port board approved a plan.", a.Body);
        Assert.Contains(a.Boilerplate, b => b.Reason == BoilerplateReasons.SignOff);
    }

    [Fact]
    public void A_lower_case_wire_brief_above_its_date_line_is_still_the_title()
    {
        var a = Parse("australian broad money supply growth 10.3 pct in January\n\n2-MAR-1987 17:35:06.14\n", Options with { EarliestPlausibleYear = 1980 });

        Assert.Equal("australian broad money supply growth 10.3 pct in January", a.Title);
        Assert.Equal("1987-03-02", a.Published);
        Assert.Equal("", a.Body);
    }

    [Fact]
    public void A_masthead_line_gives_outlet_and_date_and_the_title_sits_above_the_byline_in_one_block()
    {
        var a = Parse("The Falls Herald | World | 16 Jun 2020\n\nCouncil Backs New Bridge\nGary Silva, The Falls Herald\n\nThe council voted for the bridge.\n");

        Assert.Equal("Council Backs New Bridge", a.Title);
        Assert.Equal("2020-06-16", a.Published);
        Assert.Equal(["Gary Silva"], a.Authors);
        Assert.Equal("The Falls Herald", a.Source);
        Assert.Equal("The council voted for the bridge.", a.Body);
    }

    [Fact]
    public void Routing_codes_glued_to_a_wire_timestamp_do_not_hide_the_date()
    {
        var a = Parse("PORT BOARD MEETS\n\n27-MAR-2024 03:44:57.62&#5;&#5;&#5;T C\n\nBy Ann Lee, Reuters\n\nLONDON, March 27 - The board met.\n");

        Assert.Equal("2024-03-27", a.Published);
        Assert.Equal(["Ann Lee"], a.Authors);
        Assert.Empty(a.Boilerplate);
    }

    [Fact]
    public void A_copyright_year_alone_gives_the_year_never_a_day()
    {
        var a = Parse("Choir turns fifty\n\nThe choir sang.\n\n© 2024 Example Valley Media Ltd. All rights reserved.\n");

        Assert.Equal("2024", a.Published);
        Assert.Equal(DateSource.Copyright, a.DateSource);
    }

    [Theory]
    [InlineData("2031-05-01", WarningCodes.FutureDate)]
    [InlineData("1975-04-02", WarningCodes.AncientDate)]
    [InlineData("sometime last spring", WarningCodes.UnreadableDate)]
    public void Doubtful_dates_become_warnings_not_values(string date, string code)
    {
        var a = Parse($"Title: Note\nDate: {date}\n\nThe text.\n");

        Assert.Null(a.Published);
        Assert.Contains(a.Warnings, w => w.Code == code && w.Message.Contains(date, StringComparison.Ordinal));
        Assert.Contains(a.Warnings, w => w.Code == WarningCodes.NoDate);
    }

    [Fact]
    public void The_earliest_plausible_year_is_an_option()
    {
        var a = Parse("Title: Note\nDate: 26-FEB-1987 15:01:01.79\n\nThe text.\n", Options with { EarliestPlausibleYear = 1990 });

        Assert.Null(a.Published);
        Assert.Contains(a.Warnings, w => w.Code == WarningCodes.AncientDate);
    }

    [Fact]
    public void A_wire_story_of_the_1980s_keeps_its_date_by_default()
    {
        // Digital wire archives (the Reuters-21578 collection, Usenet) reach back to the 1980s: the default floor
        // must not turn their dates into warnings.
        var a = Parse("Title: Note\nDate: 26-FEB-1987 15:01:01.79\n\nThe text.\n");

        Assert.Equal("1987-02-26", a.Published);
    }

    [Fact]
    public void A_file_with_only_a_title_has_an_empty_body_and_says_so()
    {
        var a = Parse("Storm warning lifted for the northern coast\n");

        Assert.Equal("Storm warning lifted for the northern coast", a.Title);
        Assert.Equal("", a.Body);
        Assert.Contains(a.Warnings, w => w.Code == WarningCodes.EmptyBody);
    }

    [Fact]
    public void A_byline_date_is_recorded_as_such()
    {
        var a = Parse("Students build a weather station\n\nBy Kofi Mensah | Nov. 14, 2023\n\nStudents built it.\n");

        Assert.Equal("2023-11-14", a.Published);
        Assert.Equal(DateSource.Byline, a.DateSource);
    }

    [Fact]
    public void A_file_that_is_not_text_is_a_failure_with_a_reason()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        var outcome = new ArticlePipeline(Options).Parse("image.txt", png);

        Assert.Contains("not text", Assert.IsType<ParseOutcome.Failure>(outcome).Reason);
    }
}
