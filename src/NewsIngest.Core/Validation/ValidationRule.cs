namespace NewsIngest.Core.Validation;

/// <summary>A rule of <c>validate</c>: its stable code, severity, what it means and how to fix a file that breaks it.</summary>
/// <param name="Code">The stable code (NI001).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Meaning">What the rule found.</param>
/// <param name="Fix">How to fix a text file.</param>
/// <param name="HtmlFix">How to fix an HTML page, where that differs (a meta tag rather than a header line).</param>
public sealed record ValidationRule(string Code, Severity Severity, string Meaning, string Fix, string? HtmlFix = null)
{
    /// <summary>The fix for a text file, or for an HTML page.</summary>
    public string FixFor(bool html) => html && HtmlFix is not null ? HtmlFix : Fix;
}
