namespace NewsIngest.Storage.Ingestion;

/// <summary>Mutable tallies the writer keeps during a run (it is the only thread that touches them).</summary>
internal sealed class RunCounter
{
    public int FilesSeen { get; init; }

    public int New { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Duplicates { get; set; }

    public int Failed { get; set; }

    public RunCounts ToCounts() => new()
    {
        FilesSeen = FilesSeen,
        New = New,
        Updated = Updated,
        Unchanged = Unchanged,
        Duplicates = Duplicates,
        Failed = Failed,
    };
}
