using System.Text;
using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>
/// Cuts the (pruned) page into text blocks: every block-level element starts a new block, inline elements add to
/// the current one, and a <c>br</c> ends a line. Table rows become one block each, cells separated by " | ".
/// </summary>
internal sealed class BlockCollector
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot", "figure", "header", "footer", "address", "center",
        "form", "fieldset", "details", "summary", "hr", "body", "caption", "td", "th", "nav", "aside", "hgroup",
    };

    private readonly List<ContentBlock> _blocks = [];
    private readonly HashSet<IElement> _dropped;
    private readonly StringBuilder _text = new();
    private int _linkChars;

    private BlockCollector(HashSet<IElement> dropped) => _dropped = dropped;

    /// <summary>The blocks under <paramref name="root"/>, leaving out the <paramref name="dropped"/> elements and everything below them.</summary>
    public static List<ContentBlock> Collect(IElement root, HashSet<IElement> dropped)
    {
        var collector = new BlockCollector(dropped);
        collector.Walk(root, root, BlockKind.Paragraph, inLink: false, depth: 0);
        collector.Flush(root, BlockKind.Paragraph);
        return collector._blocks;
    }

    private void Walk(IElement element, IElement owner, BlockKind kind, bool inLink, int depth)
    {
        if (depth > HtmlLimits.MaxDepth)
        {
            return;
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                var before = _text.Length;
                AppendText(text.Data);
                if (inLink)
                {
                    _linkChars += _text.Length - before;
                }

                continue;
            }

            if (node is not IElement child || _dropped.Contains(child))
            {
                continue;
            }

            var tag = child.LocalName;
            if (tag == "br")
            {
                Flush(owner, kind);
                continue;
            }

            if (tag is "td" or "th")
            {
                if (_text.Length > 0)
                {
                    _text.Append(" | ");
                }

                Walk(child, owner, kind, inLink, depth + 1);
                continue;
            }

            if (!BlockTags.Contains(tag))
            {
                Walk(child, owner, kind, inLink || tag == "a", depth + 1);
                continue;
            }

            Flush(owner, kind);
            Walk(child, child, KindOf(tag, kind), inLink, depth + 1);
            Flush(child, KindOf(tag, kind));
        }
    }

    private static BlockKind KindOf(string tag, BlockKind outer) => tag switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "pre" => BlockKind.Preformatted,
        "tr" => BlockKind.TableRow,
        "p" when outer is BlockKind.Quote or BlockKind.ListItem => outer,
        "p" => BlockKind.Paragraph,
        _ => outer == BlockKind.Heading ? BlockKind.Paragraph : outer,
    };

    private void AppendText(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_text.Length > 0 && _text[^1] != ' ')
                {
                    _text.Append(' ');
                }
            }
            else if (!HtmlText.IsInvisible(c))
            {
                _text.Append(c);
            }
        }
    }

    private void Flush(IElement owner, BlockKind kind)
    {
        var text = _text.ToString().Trim().Trim('|').Trim();
        var links = Math.Min(_linkChars, text.Length);
        _text.Clear();
        _linkChars = 0;
        if (text.Length == 0)
        {
            return;
        }

        _blocks.Add(new ContentBlock(text, links, kind, owner, _blocks.Count));
    }
}
