using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Dedup;

/// <summary>
/// A recurring report published days after the last edition, with the same wording and a few figures moved, is the
/// next edition; a re-send or correction of the same day or the next stays a duplicate.
/// </summary>
public class RecurringEditionTests
{
    private static readonly DedupOptions Options = DedupOptions.Default;

    /// <summary>An invented monthly harvest estimate: most figures repeat last month's, a few move.</summary>
    private static string Estimate(string exports, string exportsBefore, string stocks) =>
        $"The statistics office put Ruritania's 2024/25 barley harvest at 41.20 mln tonnes, against 41.20 mln tonnes a month ago. It put the 2023/24 harvest at 38.75 mln tonnes, against 38.75 mln a month ago.\n\n"
        + $"Ruritanian 2024/25 oat output is seen at 12.64 mln tonnes, against 12.64 mln tonnes a month ago. Output in 2023/24 is put at 11.90 mln tonnes, against 11.90 mln a month ago.\n\n"
        + $"Ruritanian barley shipments in 2024/25 are seen at {exports} mln tonnes, against {exportsBefore} mln tonnes a month ago. Closing stocks for 2023/24 are put at {stocks} mln tonnes, against 9.15 mln a month ago.";

    /// <summary>An invented daily rain table: each station's reading, "nil" when dry; a wet station's reading brings its unit.</summary>
    private static string Rainfall(string jarrow, string kelso) =>
        "The following rain was recorded at the orchard stations in the past 24 hours.\n\n"
        + "North province: Aldor nil, Brevik nil, Castel nil, Dunmore nil.\n\n"
        + "Central province: Elmfield nil, Farrow nil, Glenn nil, Harlow nil, Ivel nil, Lorne nil.\n\n"
        + $"South province: Jarrow {jarrow}, Kelso {kelso}.";

    private static DuplicateVerdict Judge(string bodyA, string? dayA, string bodyB, string? dayB) =>
        DuplicateJudge.Judge(DedupDocument.Prepare(bodyA, Options, dayA), DedupDocument.Prepare(bodyB, Options, dayB), Options);

    [Fact]
    public void Next_months_estimate_with_two_figures_moved_is_another_edition()
    {
        var march = Estimate("7.50", "7.00", "9.20");
        var april = Estimate("7.50", "7.50", "9.15");

        var verdict = Judge(march, "2025-03-09", april, "2025-04-09T15:18:00+00:00");

        Assert.True(verdict.Jaccard >= Options.Near, "the wording alone would call them near copies");
        Assert.False(verdict.IsDuplicate, verdict.Reason);
        Assert.True(verdict.DifferentReports);
        Assert.Contains("31 days apart", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_sent_the_next_day_stays_a_duplicate()
    {
        var sent = Estimate("7.50", "7.00", "9.20");
        var corrected = Estimate("7.50", "7.00", "9.15");

        var verdict = Judge(sent, "2025-03-09", corrected, "2025-03-10");

        Assert.True(verdict.IsDuplicate, verdict.Reason);
        Assert.False(verdict.DifferentReports);
    }

    [Fact]
    public void A_re_post_days_later_with_one_figure_changed_stays_a_duplicate()
    {
        var posted = Estimate("7.50", "7.00", "9.20");
        var reposted = Estimate("7.50", "7.00", "9.15");

        var verdict = Judge(posted, "2025-03-09", reposted, "2025-03-12");

        Assert.True(verdict.IsDuplicate, verdict.Reason);
    }

    [Fact]
    public void Without_both_days_a_few_moved_figures_are_read_as_a_correction()
    {
        var march = Estimate("7.50", "7.00", "9.20");
        var april = Estimate("7.50", "7.50", "9.15");

        Assert.True(Judge(march, null, april, "2025-04-09").IsDuplicate);
        Assert.True(Judge(march, "2025", april, "2025-04-09").IsDuplicate);
    }

    [Fact]
    public void A_rain_table_two_days_later_whose_readings_became_nil_is_another_edition()
    {
        var wet = Rainfall("21.0 millimetres", "4.5 mm");
        var dry = Rainfall("nil", "nil");

        Assert.True(DuplicateJudge.Judge(wet, dry, Options).IsDuplicate, "undated, the tables read as one report");
        var verdict = Judge(wet, "2025-04-07", dry, "2025-04-09");

        Assert.False(verdict.IsDuplicate, verdict.Reason);
        Assert.True(verdict.DifferentReports);
        Assert.Contains("21.0 → 0", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_re_sent_rain_table_days_later_with_the_same_readings_stays_a_duplicate()
    {
        var table = Rainfall("21.0 millimetres", "4.5 mm");
        var resent = table.Replace("The following rain was recorded", "This rain was recorded", StringComparison.Ordinal);

        Assert.True(Judge(table, "2025-04-07", resent, "2025-04-12").IsDuplicate);
    }

    [Fact]
    public void An_edition_judged_against_a_stored_one_reads_the_stored_articles_day()
    {
        // Two batches: the first edition is stored when the second arrives, so its document is rebuilt from the
        // stored body and must get its published day from the store too.
        var index = new InMemoryDuplicateIndex();
        var detector = new DuplicateDetector(index, Options);
        detector.AddBatch([index.Add(Estimate("7.50", "7.00", "9.20"), new ClusterMember(1, 110, 2, "2025-03-09", "march.txt"), Options)]);
        detector.AddBatch([index.Add(Estimate("7.50", "7.50", "9.15"), new ClusterMember(2, 110, 2, "2025-04-09", "april.txt"), Options)]);
        detector.AddBatch([index.Add(Estimate("7.50", "7.50", "9.15"), new ClusterMember(3, 110, 1, "2025-04-09", "april-again.txt"), Options)]);

        var cluster = Assert.Single(index.Clusters());
        Assert.Equal(2, cluster.CanonicalId);
        Assert.Equal([3L], cluster.Duplicates.Select(d => d.Id));
    }

    [Fact]
    public void Nil_is_read_as_the_figure_zero()
    {
        var slots = Figures.Extract("Aldor nil, Brevik 3.5");

        Assert.Equal(["0", "3.5"], slots.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_published_date_gives_its_day_and_a_year_alone_gives_none()
    {
        Assert.Equal(new DateOnly(2025, 4, 9), DedupDocument.DayOf("2025-04-09T15:18:00+02:00"));
        Assert.Equal(new DateOnly(2025, 4, 9), DedupDocument.DayOf("2025-04-09"));
        Assert.Null(DedupDocument.DayOf("2025"));
        Assert.Null(DedupDocument.DayOf(null));
    }
}
