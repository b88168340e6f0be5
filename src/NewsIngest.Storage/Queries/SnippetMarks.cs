namespace NewsIngest.Storage.Queries;

/// <summary>How a search snippet marks its matches and its cuts.</summary>
/// <param name="Open">Written before each match.</param>
/// <param name="Close">Written after each match.</param>
/// <param name="Ellipsis">Written where the snippet cuts the text.</param>
/// <param name="Tokens">Tokens of context in a snippet (FTS5 allows 1-64).</param>
public readonly record struct SnippetMarks(string Open, string Close, string Ellipsis = "…", int Tokens = 12)
{
    /// <summary><c>[match]</c>: the form of pipes, JSON and CSV.</summary>
    public static SnippetMarks Brackets { get; } = new("[", "]");
}
