using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>The kind of a text block, which decides how it is scored and kept.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    TableRow,
}

/// <summary>One paragraph-like run of text on the page, with the element that owns it and how much of it is link text.</summary>
internal sealed record ContentBlock(string Text, int LinkChars, BlockKind Kind, IElement Owner, int Index)
{
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);
}
