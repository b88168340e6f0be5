using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class FiguresTests
{
    [Fact]
    public void Figures_keep_their_inner_separators_drop_thousands_commas_and_skip_codes()
    {
        var values = Figures.Extract("Sold 1,500 tonnes at 6-1/4 pct, up two points, by 11:30 in APR7 trading.")
            .Select(f => f.Value).Order(StringComparer.Ordinal);

        Assert.Equal(["11:30", "1500", "2", "6-1/4"], values);
    }

    [Fact]
    public void A_spelled_out_figure_equals_the_same_figure_in_digits()
    {
        var words = Figures.Extract("The strike began on May nine at the smelter.");
        var digits = Figures.Extract("The strike began on May 9 at the smelter.");

        var comparison = Figures.Compare(words, digits);

        Assert.Equal((1, 0, 0), (comparison.SharedSlots, comparison.Changed, comparison.ChangedDates));
    }

    [Fact]
    public void A_date_that_one_body_adds_in_a_shared_frame_is_not_a_changed_date()
    {
        var first = Figures.Extract("As of March 13, Renouf said, units had been tendered.");
        var repeat = Figures.Extract("NEW YORK, March 16 - Renouf said the offer was extended. As of March 13, Renouf said, units had been tendered.");

        Assert.Equal(0, Figures.Compare(first, repeat).ChangedDates);
    }

    [Fact]
    public void The_same_figure_in_the_same_frame_matches_and_another_one_is_a_change()
    {
        var monday = Figures.Extract("The fund raised 40 million crowns on Monday.");
        var tuesday = Figures.Extract("The fund raised 55 million crowns on Monday.");

        var same = Figures.Compare(monday, monday);
        var changed = Figures.Compare(monday, tuesday);

        Assert.Equal((1, 0), (same.SharedSlots, same.Changed));
        Assert.Equal((1, 1), (changed.SharedSlots, changed.Changed));
        Assert.Equal(["40 → 55"], changed.Examples);
    }

    [Fact]
    public void A_figure_that_only_one_body_has_is_not_a_change()
    {
        var shorter = Figures.Extract("The fund raised 40 million crowns.");
        var longer = Figures.Extract("The fund raised 40 million crowns. It has 12 staff.");

        var comparison = Figures.Compare(shorter, longer);

        Assert.Equal(0, comparison.Changed);
        Assert.Equal(1, comparison.SharedSlots);
    }

    [Theory]
    [InlineData("prices through April 7 as follows", "apr 7")]
    [InlineData("prices through 7 April 1987 as follows", "7 apr")]
    [InlineData("BANGKOK RICE - APRIL 07", "apr 07")]
    public void A_day_next_to_a_month_name_is_marked_as_a_date_that_carries_its_month(string text, string day)
    {
        var slots = Figures.Extract(text);

        Assert.Contains(slots, s => s.Value == day && s.InDate);
    }

    [Theory]
    [InlineData("APR 123.5 122.9 122.2 settlement")]
    [InlineData("may 194.50 196.50 nil")]
    public void A_table_row_labelled_with_a_month_is_not_a_date(string text)
    {
        var slots = Figures.Extract(text);

        Assert.NotEmpty(slots);
        Assert.DoesNotContain(slots, s => s.InDate);
    }
}
