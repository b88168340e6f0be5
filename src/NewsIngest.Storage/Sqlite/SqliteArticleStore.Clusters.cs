using NewsIngest.Core.Dedup;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>Every cluster with at least one duplicate, ordered by canonical id; members by id.</summary>
    public IReadOnlyList<ClusterRow> ListClusters() => Guard(() =>
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT a.id, a.path, a.title, a.word_count, a.duplicate_kind, a.similarity, a.duplicate_reason, " +
            "coalesce(a.duplicate_of, a.id) AS canonical FROM articles a " +
            "WHERE a.duplicate_of IS NOT NULL OR a.id IN (SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL) " +
            "ORDER BY canonical, a.duplicate_of IS NOT NULL, a.id";
        using var reader = command.ExecuteReader();
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
    });

    /// <summary>The id of the article with this id (as text) or this path, or null.</summary>
    public long? ResolveArticle(string idOrPath) => Guard<long?>(() =>
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE path = $path OR (CAST(id AS TEXT) = $path) ORDER BY path = $path DESC LIMIT 1";
        command.Parameters.AddWithValue("$path", idOrPath);
        return command.ExecuteScalar() is long id ? id : null;
    });

    /// <summary>An article's id, path, body and stored duplicate link, for <c>dups explain</c>.</summary>
    public (string Path, string Body, long? DuplicateOf) LoadForExplain(long id) => Guard<(string, string, long?)>(() =>
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT path, body, duplicate_of FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new StoreException($"no article {id} in {Path}");
        }

        return (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
    });

    /// <summary>The thresholds of the latest run (the ones the stored links were made with), else the defaults.</summary>
    public DedupOptions LoadDedupOptions() => Guard(() =>
        LatestRunOptions() is { } json ? RecordedRunOptions.Parse(json).ToDedupOptions() : DedupOptions.Default);

    /// <summary>The options JSON of the latest run, or null before the first.</summary>
    internal string? LatestRunOptions()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT options FROM runs ORDER BY id DESC LIMIT 1";
        command.Transaction = _transaction;
        return command.ExecuteScalar() as string;
    }
}
