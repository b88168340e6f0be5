namespace NewsIngest.Core.Validation;

/// <summary>One lint finding: a stable rule code, its severity, where, and a message that says how to fix the file.</summary>
public sealed record Finding(string Path, int? Line, string Code, Severity Severity, string Message);
