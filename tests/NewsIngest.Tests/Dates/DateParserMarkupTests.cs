using NewsIngest.Core.Dates;

namespace NewsIngest.Tests.Dates;

public sealed class DateParserMarkupTests
{
    [Theory]
    [InlineData("2025-11-03", "2025-11-03")]
    [InlineData("2025-11-03T14:05:00Z", "2025-11-03T14:05:00+00:00")]
    [InlineData("2025-11-03T14:05:00.123+01:00", "2025-11-03T14:05:00+01:00")]
    [InlineData("2025-11-03T23:30:00-0500", "2025-11-03T23:30:00-05:00")]
    [InlineData("2025-11-03T14:05:00", "2025-11-03")]
    [InlineData("2025-11-03 14:05", "2025-11-03")]
    [InlineData("20251103", "2025-11-03")]
    [InlineData("Mon, 03 Nov 2025 14:05:00 GMT", "2025-11-03T14:05:00+00:00")]
    [InlineData("3 Nov 2025 09:00:00 +0200", "2025-11-03T09:00:00+02:00")]
    [InlineData("Mon, 03 Nov 2025 14:05:00 JST", "2025-11-03T14:05:00+09:00")]
    [InlineData("Mon, 03 Nov 2025 14:05:00 EET", "2025-11-03T14:05:00+02:00")]
    [InlineData("2025-11-03T14:05:00+15:00", "2025-11-03")]
    [InlineData("November 3, 2025", "2025-11-03")]
    [InlineData("Nov. 3, 2025", "2025-11-03")]
    [InlineData("3 November 2025", "2025-11-03")]
    [InlineData("3. November 2025", "2025-11-03")]
    [InlineData("3 de noviembre de 2025", "2025-11-03")]
    [InlineData("03.11.2025", "2025-11-03")]
    [InlineData("2025/11/03", "2025-11-03")]
    [InlineData("3 listopada 2025", "2025-11-03")]
    [InlineData("2025年11月3日", "2025-11-03")]
    [InlineData("3 ноября 2025, 14:05", "2025-11-03")]
    [InlineData("ноябрь 3, 2025", "2025-11-03")]
    public void Parse_reads_the_forms_pages_use(string value, string expected) =>
        Assert.Equal(expected, DateParser.ParseMarkup(value)?.ToIso());

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("২০২৫-১১-০৩")]
    public void Parse_returns_null_for_what_is_not_a_real_day(string value) =>
        Assert.Null(DateParser.ParseMarkup(value));

    [Fact]
    public void ParseLoose_takes_day_first_unless_the_day_cannot_be_a_month()
    {
        Assert.Equal("2025-02-04", DateParser.ParseLoose("04.02.2025")?.ToIso());
        Assert.Equal("2025-02-14", DateParser.ParseLoose("posted 2/14/2025")?.ToIso());
    }

    [Fact]
    public void FirstInText_takes_the_earliest_date_the_filter_accepts()
    {
        var date = DateParser.FirstInText("Event on 1 May 2031. Posted 12.03.2025, updated 14 March 2025.", d => d.Year < 2030);

        Assert.Equal("2025-03-12", date?.ToIso());
    }

    [Theory]
    [InlineData("Datum:3. November 2025Ausgabejahr:2025", "2025-11-03")]
    [InlineData("Stand 03.11.2025Teilen", "2025-11-03")]
    [InlineData("on 2025-11-03Share", "2025-11-03")]
    public void ParseLoose_reads_a_date_glued_to_the_next_element_s_text(string text, string expected) =>
        Assert.Equal(expected, DateParser.ParseLoose(text)?.ToIso());

    [Fact]
    public void ParseLoose_does_not_cut_a_longer_number_into_a_year()
    {
        Assert.Null(DateParser.ParseLoose("3 November 20251"));
        Assert.Null(DateParser.ParseLoose("03.11.20251"));
    }

    [Theory]
    // Typesetting puts a thin or non-breaking space after each dot; a template may set the parts apart with bars.
    [InlineData("Von Ina Berg 4.\u2009" + "2.\u2009" + "2025.", "2025-02-04")]
    [InlineData("4.\u00a0" + "2.\u00a0" + "2025", "2025-02-04")]
    [InlineData("4. 2. 2025", "2025-02-04")]
    [InlineData("04 | 02 | 2025 Region | Praxis", "2025-02-04")]
    public void ParseLoose_reads_numeric_days_set_apart_by_spaces_or_bars(string text, string expected) =>
        Assert.Equal(expected, DateParser.ParseLoose(text)?.ToIso());

    [Theory]
    // A spaced form needs a four-digit year: numbered items and scores are no dates.
    [InlineData("Punkte 1. 2. 25")]
    [InlineData("4 | 2 | 2025")]
    [InlineData("04 | 02 | 25")]
    public void ParseLoose_does_not_read_spaced_numbers_without_a_full_year_as_a_day(string text) =>
        Assert.Null(DateParser.ParseLoose(text));
}
