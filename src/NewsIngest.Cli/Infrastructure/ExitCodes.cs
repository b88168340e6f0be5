namespace NewsIngest.Cli.Infrastructure;

/// <summary>Exit codes as ripgrep's: found / nothing found (or some failed) / error.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Negative = 1;
    public const int Error = 2;
    public const int Interrupted = 130;
}
