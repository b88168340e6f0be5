namespace NewsIngest.Ingestion;

/// <summary>What a run tells the outside world as it goes: failures with their path and reason, and progress.</summary>
public interface IIngestObserver
{
    void FileFailed(string path, string reason);

    void Progress(int done, int total);

    /// <summary>
    /// Before any file is read: this many stored articles need their duplicate keys recomputed from their bodies (an
    /// upgrade changed how keys are made, or a run was killed holding them), which takes about a fingerprint each.
    /// </summary>
    void RecomputingKeys(int articles)
    {
    }
}
