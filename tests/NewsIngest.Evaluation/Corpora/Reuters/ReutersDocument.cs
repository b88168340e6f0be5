namespace NewsIngest.Evaluation.Corpora.Reuters;

/// <summary>One <c>&lt;REUTERS&gt;</c> element: its NEWID and the text of the elements the harness uses (entities decoded, trimmed, except the body).</summary>
public sealed record ReutersDocument(int NewId, string? Date, string? Title, string? Author, string? Dateline, string? Body);
