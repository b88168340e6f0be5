using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

public class FiguresTests
{
    [Fact]
    public void Figures_keep_their_inner_separators_drop_thousands_commas_and_skip_codes()
    {
        var values = Figures.Extract("Sold 1,500 tonnes at 6-1/4 pct, up two points, by 11:30 in APR7 trading.")
            .Select(f => f.Value).Order(StringComparer.Ordinal);

        Assert.Equal(["11:30", "1500", "6-1/4", "two"], values);
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
}
