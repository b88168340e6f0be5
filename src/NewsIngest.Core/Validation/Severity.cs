namespace NewsIngest.Core.Validation;

public enum Severity
{
    Warning,
    Error,
}
