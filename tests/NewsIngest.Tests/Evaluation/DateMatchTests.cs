using NewsIngest.Evaluation.Scoring;

namespace NewsIngest.Tests.Evaluation;

public class DateMatchTests
{
    [Theory]
    [InlineData("1987-02-26T15:01:01", "1987-02-26", true)]
    [InlineData("1987-02-26", "1987-02-26T23:59:00+05:00", true)]
    [InlineData("1987-02-26", "1987-02-27", false)]
    [InlineData("2025-10-31", "2025", false)]
    [InlineData("2025-10-31", null, false)]
    [InlineData(null, "2025-10-31", false)]
    [InlineData("2025-13-45", "2025-13-45", false)]
    public void SameDay_compares_the_calendar_day_as_written(string? expected, string? published, bool same)
    {
        Assert.Equal(same, DateMatch.SameDay(expected, published));
    }

    [Theory]
    [InlineData("1993-04-05T18:01:16+00:00", "1993-04-05T20:01:16+02:00", true)]
    [InlineData("1993-04-05T18:01:16+00:00", "1993-04-05T18:01:17+00:00", false)]
    [InlineData("1993-04-05T18:01:16+00:00", "1993-04-05", false)]
    [InlineData("1987-02-26T15:01:01", "1987-02-26T15:01:01", true)]
    public void SameSecond_compares_instants_and_never_matches_a_bare_date(string expected, string published, bool same)
    {
        Assert.Equal(same, DateMatch.SameSecond(expected, published));
    }
}
