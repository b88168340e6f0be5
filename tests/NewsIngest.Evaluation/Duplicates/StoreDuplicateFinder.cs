using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;
using NewsIngest.Ingestion;
using NewsIngest.Storage;
using NewsIngest.Storage.Sqlite;

namespace NewsIngest.Evaluation.Duplicates;

/// <summary>
/// The real duplicate detection: writes the documents into a temporary folder, ingests it into a temporary SQLite
/// store with the same runner as <c>newsingest ingest</c> (default thresholds), and reads the clusters back.
/// </summary>
public sealed class StoreDuplicateFinder(ParseOptions parseOptions) : IDuplicateFinder
{
    public IReadOnlyList<DuplicatePair> Find(IReadOnlyList<EvalDocument> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var root = Path.Combine(Path.GetTempPath(), "newsingest-eval", Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "docs");
        try
        {
            var idByPath = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var doc in docs)
            {
                var path = Path.GetFullPath(Path.Combine(folder, doc.Path));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, doc.Bytes.ToArray());
                idByPath[path] = doc.Id;
            }

            using var store = SqliteArticleStore.Open(Path.Combine(root, "eval.db"), StoreMode.ReadWrite);
            var runner = new IngestRunner(new ArticlePipeline(parseOptions), new IngestOptions(), new SilentObserver());
            runner.Run([folder], store, "evaluation", CancellationToken.None);
            var clusters = store.ListClusters()
                .Select(c => (IReadOnlyList<string>)[.. c.Duplicates.Prepend(c.Canonical).Select(m => idByPath[Path.GetFullPath(m.Path)])]);
            return Clusters.EdgesOf(clusters);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the OS cleans its temp folder.
            }
        }
    }

    private sealed class SilentObserver : IIngestObserver
    {
        public void FileFailed(string path, string reason)
        {
        }

        public void Progress(int done, int total)
        {
        }
    }
}
