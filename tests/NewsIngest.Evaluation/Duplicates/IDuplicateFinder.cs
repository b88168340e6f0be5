namespace NewsIngest.Evaluation.Duplicates;

/// <summary>
/// The product's duplicate detection seen from the harness: given a set of documents, the pairs it judges to be
/// duplicates (cluster edges or all pairs within clusters; the scorer closes them transitively either way).
/// The real implementation ingests the documents into a temporary store through the CLI's code and reads the clusters.
/// </summary>
public interface IDuplicateFinder
{
    IReadOnlyList<DuplicatePair> Find(IReadOnlyList<EvalDocument> docs);
}
