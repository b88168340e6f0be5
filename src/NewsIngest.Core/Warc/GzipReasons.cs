namespace NewsIngest.Core.Warc;

/// <summary>How the reasons for a gzip member that could not be read begin.</summary>
public static class GzipReasons
{
    public const string Corrupt = "corrupt gzip data";

    public const string CutOff = "the gzip member is cut off (the file ends inside it)";
}
