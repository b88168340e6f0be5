using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>Per element: the text and link text of the blocks below it, and its content score (Readability's idea, our weights).</summary>
internal sealed class ElementStats
{
    private const int MinScoredChars = 25;
    private const int MaxLevels = 5;

    private readonly Dictionary<string, int> _weights = new(StringComparer.Ordinal);

    public Dictionary<IElement, ElementScore> Scores { get; } = [];

    public static ElementStats Compute(List<ContentBlock> blocks, IElement root)
    {
        var stats = new ElementStats();
        foreach (var block in blocks)
        {
            var length = block.Text.Length;
            var points = ScoreOf(block);
            var level = 0;
            for (var element = block.Owner; element is not null; element = element.ParentElement)
            {
                var score = stats.Get(element);
                score.TextChars += length;
                score.LinkChars += block.LinkChars;
                if (points > 0 && level > 0 && level <= MaxLevels)
                {
                    // The owner's parent gets full points, the grandparent half, then a third per level.
                    score.Points += level switch
                    {
                        1 => points,
                        2 => points / 2,
                        _ => points / ((level - 1) * 3),
                    };
                }

                if (block.Kind is BlockKind.Paragraph && length >= 80 && level == 1)
                {
                    score.Paragraphs++;
                }

                if (element == root)
                {
                    break;
                }

                level++;
            }
        }

        return stats;
    }

    private static double ScoreOf(ContentBlock block)
    {
        if (block.Text.Length < MinScoredChars || block.Kind is BlockKind.Heading or BlockKind.TableRow)
        {
            return 0;
        }

        var commas = 0;
        foreach (var c in block.Text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                commas++;
            }
        }

        var points = 1 + commas + Math.Min(block.Text.Length / 100.0, 3);
        points *= 1 - block.LinkDensity;
        return block.Kind is BlockKind.ListItem ? points / 2 : points;
    }

    private ElementScore Get(IElement element)
    {
        if (!Scores.TryGetValue(element, out var score))
        {
            score = new ElementScore(Initial(element));
            Scores[element] = score;
        }

        return score;
    }

    private double Initial(IElement element)
    {
        var bonus = element.LocalName switch
        {
            "article" => 10,
            "div" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "ol" or "ul" or "dl" or "form" or "th" or "li" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => -5,
            _ => 0,
        };
        if (TokenList.Has(element, "itemprop", "articleBody"))
        {
            bonus += 30;
        }

        var signature = ClassPatterns.Signature(element);
        if (!_weights.TryGetValue(signature, out var weight))
        {
            weight = ClassPatterns.Weight(signature);
            _weights[signature] = weight;
        }

        return bonus + weight;
    }
}
