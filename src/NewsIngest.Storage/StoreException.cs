namespace NewsIngest.Storage;

/// <summary>
/// The store cannot be used as asked: missing, foreign, newer, corrupt or read-only. The message is one sentence
/// that names the cause and the fix, fit to print after <c>newsingest:</c>.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public StoreException()
    {
    }
}
