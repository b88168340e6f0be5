namespace NewsIngest.Storage;

/// <summary>How a store is opened. A read-only open never creates a file and never migrates.</summary>
public enum StoreMode
{
    ReadOnly,
    ReadWrite,
}
