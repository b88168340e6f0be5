namespace NewsIngest.Cli.Infrastructure;

/// <summary>Standard output refused a write (disk full, I/O error): the results are lost, which is an error, exit 2.</summary>
public sealed class OutputWriteException(string message, Exception inner) : IOException(message, inner);
