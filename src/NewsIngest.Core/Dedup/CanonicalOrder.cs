using System.Globalization;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// Orders cluster members so the first is the canonical: most words, then most metadata, then earliest date
/// (unknown dates last), then path (ordinal), then id — a total order, so the choice never depends on input order.
/// </summary>
public sealed class CanonicalOrder : IComparer<ClusterMember>
{
    public static readonly CanonicalOrder Instance = new();

    public int Compare(ClusterMember? x, ClusterMember? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var order = y.WordCount.CompareTo(x.WordCount);
        if (order == 0)
        {
            order = y.MetadataCount.CompareTo(x.MetadataCount);
        }

        if (order == 0)
        {
            order = Instant(x.Published).CompareTo(Instant(y.Published));
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Path, y.Path);
        }

        return order != 0 ? order : x.Id.CompareTo(y.Id);
    }

    /// <summary>The moment a contract date stands for: a date or a year counts from its first instant, in UTC.</summary>
    public static DateTimeOffset Instant(string? published)
    {
        if (string.IsNullOrWhiteSpace(published))
        {
            return DateTimeOffset.MaxValue;
        }

        if (published.Length == 4 && int.TryParse(published, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : DateTimeOffset.MaxValue;
    }
}
