namespace NewsIngest.Core.Text;

/// <summary>
/// A paragraph as the file lays it out. <see cref="StandsAlone"/> is true when it was a block of its own
/// (one line between blank lines), which is how a title line or a date header looks.
/// </summary>
public readonly record struct SourceParagraph(string Text, bool StandsAlone);
