using NewsIngest.Storage.Queries;

namespace NewsIngest.Cli.Output;

/// <summary>
/// Snippet match marks. On a colour terminal the store marks matches with two control characters that take no
/// column, so a table can cut the snippet by its visible width before they become bold ANSI; everywhere else the
/// marks are the brackets of the contract.
/// </summary>
public static class Snippets
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <summary>The marks to ask the store for.</summary>
    public static SnippetMarks Marks(bool color) =>
        color ? new SnippetMarks(Open.ToString(), Close.ToString()) : SnippetMarks.Brackets;

    /// <summary>Control marks turned into bold ANSI (brackets need nothing).</summary>
    public static string Render(string snippet) =>
        snippet.Replace(Open.ToString(), Bold, StringComparison.Ordinal).Replace(Close.ToString(), Reset, StringComparison.Ordinal);
}
