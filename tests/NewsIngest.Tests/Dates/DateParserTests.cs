using NewsIngest.Core.Dates;

namespace NewsIngest.Tests.Dates;

public class DateParserTests
{
    [Theory]
    [InlineData("2025-11-03", "2025-11-03")]
    [InlineData("2025/11/03", "2025-11-03")]
    [InlineData("2025-11-03T09:30:00Z", "2025-11-03T09:30:00+00:00")]
    [InlineData("2024-02-29T08:30:00-05:00", "2024-02-29T08:30:00-05:00")]
    [InlineData("2025-11-03 09:30", "2025-11-03")]
    [InlineData("Mon, 05 Apr 93 18:01:16 GMT", "1993-04-05T18:01:16+00:00")]
    [InlineData("28 Apr 93 20:07:35 +0100", "1993-04-28T20:07:35+01:00")]
    [InlineData("Fri, 03 Nov 2023 14:05:00 +0100", "2023-11-03T14:05:00+01:00")]
    [InlineData("Thu, 22 Apr 1993 16:20:16 EDT(-0400)", "1993-04-22T16:20:16-04:00")]
    [InlineData("Nov. 3, 2025", "2025-11-03")]
    [InlineData("November 3, 2025", "2025-11-03")]
    [InlineData("Monday, November 3, 2025", "2025-11-03")]
    [InlineData("March 3, 2024 10:15 AM GMT", "2024-03-03T10:15:00+00:00")]
    [InlineData("Nov 3, 2025 at 3:45 p.m. EST", "2025-11-03T15:45:00-05:00")]
    [InlineData("3 November 2025", "2025-11-03")]
    [InlineData("3rd November 2025", "2025-11-03")]
    [InlineData("26-FEB-1987 15:01:01.79", "1987-02-26")]
    [InlineData("12 mars 2024", "2024-03-12")]
    [InlineData("5. März 2024", "2024-03-05")]
    [InlineData("3 de noviembre de 2023", "2023-11-03")]
    [InlineData("March 2025", "2025-03")]
    [InlineData("2025-11-03T09:30:00+14:30", "2025-11-03")]
    public void TryParse_reads_each_supported_form_with_the_precision_it_gives(string text, string iso)
    {
        Assert.True(DateParser.TryParse(text, out var date));
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("٢٠٢٥-١١-٠٣")]
    [InlineData("२०२५-११-०३")]
    [InlineData("3 November ٢٠٢٥")]
    [InlineData("November ٣, 2025")]
    [InlineData("Mon, ٠٥ Apr 93 18:01:16 GMT")]
    public void Digits_other_than_ascii_are_not_read_as_a_date(string text)
    {
        // Parsed as ASCII they gave years in the thousands of thousands; read, they would need a numbering system.
        Assert.False(DateParser.TryParse(text, out var date), date.ToIso());
        Assert.False(DateParser.TryFind($"Published {text} in Cairo", out _));
    }

    [Fact]
    public void A_date_without_a_year_has_no_year_and_is_never_completed()
    {
        Assert.True(DateParser.TryParse("March 3", out var date));

        Assert.False(date.HasYear);
        Assert.Equal(3, date.Month);
        Assert.Equal(3, date.Day);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sometime last spring")]
    [InlineData("2025-02-30")]
    [InlineData("Blursday, 3 November 2025")]
    [InlineData("Trump weighs strikes targeting cartels inside Venezuela")]
    [InlineData("3 Brumaire 2025")]
    public void TryParse_refuses_what_is_not_a_valid_date(string text) =>
        Assert.False(DateParser.TryParse(text, out _));

    [Theory]
    [InlineData("By Kofi Mensah | Nov. 14, 2023", "2023-11-14")]
    [InlineData("Updated 10:30 AM ET, Mon November 3, 2025", "2025-11-03")]
    [InlineData("posted 2024-06-01T12:00:00Z by the desk", "2024-06-01T12:00:00+00:00")]
    public void TryFind_finds_a_full_date_inside_a_line(string line, string iso)
    {
        Assert.True(DateParser.TryFind(line, out var date));
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("™ & © 2025 Cable News Network, Inc.", 2025)]
    [InlineData("Copyright (c) 2019-2024 Example Media", 2024)]
    public void The_copyright_year_is_the_last_year_of_the_notice(string line, int year)
    {
        Assert.True(DateParser.TryFindCopyrightYear(line, out var found));
        Assert.Equal(year, found);
    }
}
