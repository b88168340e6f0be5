namespace NewsIngest.Core.Validation;

/// <summary>A rule of <c>validate</c>: its stable code, severity, what it means and how to fix a file that breaks it.</summary>
public sealed record ValidationRule(string Code, Severity Severity, string Meaning, string Fix);
