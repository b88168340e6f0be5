namespace NewsIngest.Storage;

/// <summary>The <c>files.status</c> values.</summary>
public static class FileStatus
{
    public const string Stored = "stored";
    public const string Failed = "failed";
}
