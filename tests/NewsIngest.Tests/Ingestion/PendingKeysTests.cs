using NewsIngest.Core.Dedup;

namespace NewsIngest.Tests.Ingestion;

public class PendingKeysTests
{
    [Fact]
    public void Keys_that_share_their_low_bits_keep_their_own_ids_in_the_order_added_and_drain_sorted()
    {
        // Every key lands on the same slot first, so each look-up walks a long probe sequence, and the table grows
        // several times while those runs are in it.
        var keys = Enumerable.Range(0, 5000).Select(i => ((ulong)(5000 - i) << 32) | 7).ToArray();
        var pending = new PendingKeys();
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            pending.Add(key, 3 * i + 2);
            if (i % 3 == 0)
            {
                pending.Add(key, 3 * i + 1);
            }
        }

        Assert.Equal(5000 + 1667, pending.Count);
        Assert.False(pending.Contains(((ulong)9999 << 32) | 7));
        Assert.Equal(2, pending.CountOf(keys[3]));
        Assert.Equal(1, pending.CountOf(keys[4]));
        var ids = new List<long>();
        pending.CopyTo(keys[3], ids, 8);
        Assert.Equal([11L, 10L], ids);
        ids.Clear();
        pending.CopyTo(keys[3], ids, 1);
        Assert.Equal([11L], ids);
        var lists = new Dictionary<ulong, List<long>>();
        pending.CopyTo(keys[4], lists, 8);
        pending.CopyTo(((ulong)9999 << 32) | 7, lists, 8);
        Assert.Equal([14L], Assert.Single(lists).Value);

        var rows = pending.Drain();

        var expected = keys.SelectMany((k, i) => i % 3 == 0 ? new[] { (k, 3L * i + 1), (k, 3L * i + 2) } : [(k, 3L * i + 2)]).Order().ToList();
        Assert.Equal(expected, rows);
        Assert.Equal(0, pending.Count);
        Assert.False(pending.Contains(keys[0]));
        pending.Add(keys[0], 1);
        Assert.Equal(1, pending.CountOf(keys[0]));
    }
}
