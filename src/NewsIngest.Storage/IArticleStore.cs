using NewsIngest.Core.Dedup;

namespace NewsIngest.Storage;

/// <summary>
/// The store contract: what every engine (SQLite, PostgreSQL) offers the commands and the ingest
/// pipeline. Reading, writing and the duplicate index; nothing here names an engine. Get one from
/// <see cref="StoreFactory.Open"/>. Engine errors surface as <see cref="StoreException"/>, with a one-sentence
/// message fit to print after <c>newsingest:</c>. Not thread-safe: one caller at a time.
/// </summary>
public interface IArticleStore : IStoreReader, IStoreWriter, IDisposable
{
    /// <summary>Where the store is, as the user gave it (a file name, a URI): for messages.</summary>
    string Location { get; }

    StoreMode Mode { get; }

    /// <summary>The duplicate index: candidate keys, confirmed pairs and the links of each cluster.</summary>
    IDuplicateIndex Duplicates { get; }
}
