using NewsIngest.Core.Model;

namespace NewsIngest.Core.Html;

public static partial class ContentExtractor
{
    private const double LinkListDensity = 0.5;
    private const int LongBlockChars = 400;

    /// <summary>
    /// Keeps the blocks of the chosen container that read as text: link lists go, a heading that repeats the title
    /// goes, and a heading with nothing kept under it (a "Related stories" header left alone) goes.
    /// </summary>
    private static List<string> Classify(List<ContentBlock> content, string? title, List<BoilerplateRemoval> removed)
    {
        var normalizedTitle = title is null ? null : Fold(title);
        var kept = new List<ContentBlock>();
        for (var i = 0; i < content.Count; i++)
        {
            var block = content[i];

            // "Related stories", "Auch interessant:" and the like: a heading or lead-in whose next block is a link list.
            if ((block.Kind is BlockKind.Heading || (block.Text.Length < 80 && block.Text.EndsWith(':'))) && i + 1 < content.Count && IsLinkList(content[i + 1]))
            {
                continue;
            }

            if (block.Kind is BlockKind.Heading && normalizedTitle is not null && Fold(block.Text) == normalizedTitle)
            {
                continue;
            }

            if (IsLinkList(block))
            {
                if (removed.Count < 24 && block.Text.Length >= 20)
                {
                    removed.Add(new BoilerplateRemoval(block.Text, BoilerplateReasons.LinkList));
                }

                continue;
            }

            if (kept.Count > 0 && block.Text.Length < 100 && kept[^1].Text == block.Text)
            {
                continue;
            }

            kept.Add(block);
        }

        var result = new List<string>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Kind is BlockKind.Heading && (i == kept.Count - 1 || kept[i + 1].Kind is BlockKind.Heading))
            {
                continue;
            }

            result.Add(kept[i].Text);
        }

        return result;
    }

    private static bool IsLinkList(ContentBlock block) =>
        block.Kind is not BlockKind.Heading && block.LinkDensity > LinkListDensity && block.Text.Length < LongBlockChars;

    private static string Fold(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
