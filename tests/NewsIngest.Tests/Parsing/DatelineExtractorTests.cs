using NewsIngest.Core.Parsing;

namespace NewsIngest.Tests.Parsing;

public class DatelineExtractorTests
{
    [Theory]
    [InlineData("(CNN) — President Donald Trump is weighing", null, "CNN", "President Donald Trump is weighing")]
    [InlineData("WASHINGTON (Reuters) - The harbor authority said", "WASHINGTON", "Reuters", "The harbor authority said")]
    [InlineData("LONDON, March 3 (AP) — The library reopened", "LONDON", "AP", "The library reopened")]
    [InlineData("NEW YORK — The market moves indoors", "NEW YORK", null, "The market moves indoors")]
    [InlineData("SALVADOR, Feb 26 - Showers continued throughout the week", "SALVADOR", null, "Showers continued throughout the week")]
    [InlineData("BOSTON, Mass., March 12 - Shares rose", "BOSTON, Mass.", null, "Shares rose")]
    [InlineData("MILWAUKEE, Wis., March 2- Oper shr 18 cts", "MILWAUKEE, Wis.", null, "Oper shr 18 cts")]
    [InlineData("AMSTERDAM, 2 March - The central bank said", "AMSTERDAM", null, "The central bank said")]
    [InlineData("BERLIN (dpa) - Die Stadt hat", "BERLIN", "dpa", "Die Stadt hat")]
    [InlineData("SYDNEY, April - The gas company bid", "SYDNEY", null, "The gas company bid")]
    public void The_dateline_is_lifted_out_of_the_first_paragraph(string paragraph, string? place, string? agency, string rest)
    {
        var dateline = DatelineExtractor.TryExtract(paragraph);

        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal(rest, dateline.Rest);
    }

    [Theory]
    [InlineData("President Donald Trump — the man himself — said no.")]
    [InlineData("The vote passed 61-39 - a wide margin.")]
    [InlineData("Trump's administration is getting ready to order a military strike.")]
    [InlineData("UPDATE - The council moved the meeting to Thursday.")]
    [InlineData("BREAKING — The bridge is closed.")]
    public void Prose_with_a_dash_is_not_a_dateline(string paragraph) => Assert.Null(DatelineExtractor.TryExtract(paragraph));

    [Fact]
    public void A_dateline_with_a_year_carries_its_date()
    {
        var dateline = DatelineExtractor.TryExtract("PARIS, March 3, 2024 (AFP) — Le marché a rouvert");

        Assert.Equal("2024-03-03", dateline!.Date?.ToIso());
    }
}
