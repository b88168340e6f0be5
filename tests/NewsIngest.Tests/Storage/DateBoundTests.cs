using NewsIngest.Storage.Queries;

namespace NewsIngest.Tests.Storage;

public class DateBoundTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-10-31", "2025-10-31", "2025-10-31")]
    [InlineData(" 2025-10-31 ", "2025-10-31", "2025-10-31")]
    public void A_year_month_or_day_spans_from_its_first_to_its_last_day(string value, string lower, string upper)
    {
        Assert.Equal(lower, DateBound.Lower(value));
        Assert.Equal(upper, DateBound.Upper(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("31/10/2025")]
    [InlineData("2025-10-31T10:00:00Z")]
    public void Anything_else_is_not_a_bound(string value)
    {
        Assert.Null(DateBound.Lower(value));
        Assert.Null(DateBound.Upper(value));
    }
}
