namespace NewsIngest.Core.Model;

/// <summary>Something doubtful about a file: a stable code (see <see cref="WarningCodes"/>) and a sentence for people.</summary>
public readonly record struct ParseWarning(string Code, string Message);
