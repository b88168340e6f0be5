using NewsIngest.Storage;

namespace NewsIngest.Ingestion;

/// <summary>Mutable tallies the writer keeps during a run (it is the only thread that touches them).</summary>
internal sealed class RunCounter
{
    public int FilesSeen { get; init; }

    public int New { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Duplicates { get; set; }

    public int Failed { get; set; }

    public int PassedOver { get; set; }

    /// <summary>Goes back to counts taken earlier with <see cref="ToCounts"/> (the files seen stay).</summary>
    public void Restore(RunCounts counts)
    {
        New = counts.New;
        Updated = counts.Updated;
        Unchanged = counts.Unchanged;
        Duplicates = counts.Duplicates;
        Failed = counts.Failed;
        PassedOver = counts.PassedOver;
    }

    public RunCounts ToCounts() => new()
    {
        FilesSeen = FilesSeen,
        New = New,
        Updated = Updated,
        Unchanged = Unchanged,
        Duplicates = Duplicates,
        Failed = Failed,
        PassedOver = PassedOver,
    };
}
