namespace NewsIngest.Cli.Infrastructure;

/// <summary>A usage or environment error: printed as one line after <c>newsingest:</c>, exit 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
