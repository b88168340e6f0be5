namespace NewsIngest.Storage.Ingestion;

/// <summary>What a run tells the outside world as it goes: failures with their path and reason, and progress.</summary>
public interface IIngestObserver
{
    void FileFailed(string path, string reason);

    void Progress(int done, int total);
}
