using NewsIngest.Ingestion;

namespace NewsIngest.Benchmarks.Infrastructure;

/// <summary>Keeps quiet during a timed ingest and counts failures, so a run that silently stored nothing shows up.</summary>
public sealed class CountingObserver : IIngestObserver
{
    public int Failed { get; private set; }

    public void FileFailed(string path, string reason) => Failed++;

    public void Progress(int done, int total)
    {
    }
}
