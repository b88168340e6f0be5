using System.Data.Common;

namespace NewsIngest.Storage.Queries;

/// <summary>Groups the member rows of duplicate clusters, read in canonical order, into <see cref="ClusterRow"/>s.</summary>
internal static class ClusterRowsReader
{
    /// <summary>
    /// Reads rows of <c>id, path, title, word_count, duplicate_kind, similarity, duplicate_reason, canonical id</c>,
    /// ordered by canonical id with the canonical first: each canonical starts a cluster, the rows after it are its members.
    /// </summary>
    public static List<ClusterRow> Read(DbDataReader reader)
    {
        var clusters = new List<ClusterRow>();
        ClusterMemberRow? canonical = null;
        var members = new List<ClusterMemberRow>();
        long current = -1;
        while (reader.Read())
        {
            var row = new ClusterMemberRow(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetString(6));
            var clusterId = reader.GetInt64(7);
            if (clusterId != current)
            {
                if (canonical is not null)
                {
                    clusters.Add(new ClusterRow(canonical, members));
                }

                current = clusterId;
                canonical = row;
                members = [];
            }
            else
            {
                members.Add(row);
            }
        }

        if (canonical is not null)
        {
            clusters.Add(new ClusterRow(canonical, members));
        }

        return clusters;
    }
}
